package org.mdmhub.mdm.lifecycle.domain;

/** The golden-record domains a change request can carry. */
public enum RecordType { ITEM, BOM, SUPPLIER, CUSTOMER }
