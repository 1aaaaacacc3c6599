package org.mdmhub.mdm.partner.api;

import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.partner.domain.Address;
import org.mdmhub.mdm.partner.domain.AddressType;

/** An address in a request (without {@code id} when new) and in a response (always with it). */
public record AddressJson(UUID id, String type, String street, String postalCode, String city, String region,
                          String country) {
    static AddressJson of(Address a) {
        return new AddressJson(a.id(), a.type().name().toLowerCase(Locale.ROOT), a.street(), a.postalCode(), a.city(),
                a.region(), a.country());
    }

    Address toAddress() {
        return new Address(id, AddressType.valueOf(type.toUpperCase(Locale.ROOT)), street, postalCode, city, region,
                country);
    }
}
