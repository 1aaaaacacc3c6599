package org.mdmhub.mdm.inbound.domain;

/** Where a batch is: its records are being processed (or processing was interrupted), or every record has a result. */
public enum BatchStatus { PROCESSING, DONE }
