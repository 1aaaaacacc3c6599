package org.mdmhub.mdm.partner.domain;

/** What an address of a partner is for; Odoo's partner address types map from these. */
public enum AddressType { LEGAL, BILLING, SHIPPING, REMIT_TO }
