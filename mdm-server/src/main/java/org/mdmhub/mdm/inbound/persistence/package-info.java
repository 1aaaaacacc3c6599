/** Batches, staged records and results in SQL (tables {@code inbound_batch}, {@code inbound_record}, {@code inbound_result}). */
package org.mdmhub.mdm.inbound.persistence;
