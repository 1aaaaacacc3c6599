package org.mdmhub.mdm.item.domain;

/** What kind of thing an item is; drives which approvals a change needs. */
public enum ItemType { RAW, COMPONENT, SUBASSEMBLY, FINISHED, CONSUMABLE, SERVICE }
