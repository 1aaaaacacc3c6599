package org.mdmhub.mdm.partner.domain;

import java.util.OptionalInt;

/**
 * What the partner rules need to know of the reference tables: which country, currency and Incoterms codes
 * exist. Kept this narrow so the rules can be tested without a database.
 */
public interface ReferenceCodes {
    /** Whether {@code code} is an ISO 3166-1 alpha-2 country of the reference table. */
    boolean isCountry(String code);

    /** The minor units (decimals) of an ISO 4217 currency of the reference table; empty for an unknown code. */
    OptionalInt minorUnits(String currency);

    /** Whether {@code code} is an Incoterms 2020 rule of the reference table. */
    boolean isIncoterm(String code);
}
