package org.mdmhub.mdm.item.domain;

/** Whether the item is produced in-house or purchased. */
public enum MakeOrBuy { MAKE, BUY }
