/** JPA implementations of the change-request and approval-decision repositories. */
package org.mdmhub.mdm.lifecycle.persistence;
