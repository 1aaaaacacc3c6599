package org.mdmhub.mdm.partner.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A postal address of a partner.
 *
 * @param id      the address's stable id; null in a request for a new address
 * @param region  state, province or county, where the country's addresses have one
 * @param country ISO 3166-1 alpha-2; it may differ from the partner's own country (a foreign warehouse)
 */
public record Address(UUID id, AddressType type, String street, String postalCode, String city, String region,
                      String country) {
    public Address {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
    }
}
