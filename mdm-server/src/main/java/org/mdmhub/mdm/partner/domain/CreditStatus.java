package org.mdmhub.mdm.partner.domain;

/** Whether a customer may be sold to on credit; finance blocks a customer that does not pay. */
public enum CreditStatus { OK, BLOCKED }
