/**
 * The supplier and customer REST resources and their request/response records; entities never leave this
 * package as JSON. Bank account numbers are masked here, per caller, in every document a supplier appears in.
 */
package org.mdmhub.mdm.partner.api;
