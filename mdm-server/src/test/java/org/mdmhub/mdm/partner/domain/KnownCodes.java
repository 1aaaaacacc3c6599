package org.mdmhub.mdm.partner.domain;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** Reference codes for rule tests: a few countries, currencies and Incoterms, as the seeded tables hold them. */
final class KnownCodes implements ReferenceCodes {
    private static final Set<String> COUNTRIES = Set.of("DE", "FR", "GR", "US", "JP", "NL");
    private static final Map<String, Integer> CURRENCIES = Map.of("EUR", 2, "USD", 2, "JPY", 0);
    private static final Set<String> INCOTERMS = Set.of("EXW", "FCA", "DAP", "FOB");

    @Override
    public boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }

    @Override
    public OptionalInt minorUnits(String currency) {
        Integer units = CURRENCIES.get(currency);
        return units == null ? OptionalInt.empty() : OptionalInt.of(units);
    }

    @Override
    public boolean isIncoterm(String code) {
        return INCOTERMS.contains(code);
    }
}
