/**
 * CSV files from stewards as inbound batches: one domain per file, columns named after the domain's JSON Schema
 * ({@code weight.value}, {@code addresses[1].city}, {@code line.quantity} for BOM lines), each row turned into
 * the domain's JSON document and received by the same reception as a batch from a source system, so keys,
 * staging, chunks and per-record results are shared. Templates come from the same schemas. See docs/inbound-csv.md.
 */
package org.mdmhub.mdm.inbound.csv;
