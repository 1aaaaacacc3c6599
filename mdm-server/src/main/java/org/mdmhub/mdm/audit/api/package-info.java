/** The audit trail's admin endpoint: verification of the hash chain over the revisions. */
package org.mdmhub.mdm.audit.api;
