/**
 * The supplier and customer REST resources and their request/response records. Views are built from the
 * snapshots the use cases take inside their transaction; entities never reach this package. Bank account numbers are masked here, per caller, in every document a supplier appears in.
 */
package org.mdmhub.mdm.partner.api;
