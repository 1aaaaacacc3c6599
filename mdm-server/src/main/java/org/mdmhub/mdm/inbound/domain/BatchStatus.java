package org.mdmhub.mdm.inbound.domain;

/**
 * Where a batch is: its records are being processed (or processing was interrupted and will be resumed), every record
 * has a result, or processing stopped on a fault that is not the records' (the reason is kept; sending the batch again
 * under its key resumes it).
 */
public enum BatchStatus { PROCESSING, DONE, FAILED }
