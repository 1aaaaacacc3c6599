package org.mdmhub.mdm.item.domain;

/** How a plant gets the item: made there, bought, or either. */
public enum ProcurementType { IN_HOUSE, EXTERNAL, BOTH }
