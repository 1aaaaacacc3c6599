/**
 * The audit trail: every change to a golden record is an Envers revision stamped with author, time and
 * reason. This package reads that history back and tells which fields each revision changed. There is no
 * API that edits it.
 */
package org.mdmhub.mdm.audit;
