/** The lifecycle shared by all golden-record domains. */
package org.mdmhub.mdm.lifecycle.domain;
