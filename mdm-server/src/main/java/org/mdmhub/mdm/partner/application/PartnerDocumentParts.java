package org.mdmhub.mdm.partner.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.mdmhub.mdm.golden.domain.SourceRef;
import org.mdmhub.mdm.partner.domain.Address;
import org.mdmhub.mdm.partner.domain.AddressType;
import org.mdmhub.mdm.partner.domain.Contact;
import org.mdmhub.mdm.platform.json.Json;

/** The parts suppliers and customers share in their published JSON shape: address and contact lines, source. */
public final class PartnerDocumentParts {
    private PartnerDocumentParts() {
    }

    public record AddressBody(UUID id, String type, String street, String postalCode, String city, String region, String country) {
        static AddressBody of(Address a) {
            return new AddressBody(a.id(), a.type().name().toLowerCase(Locale.ROOT), a.street(), a.postalCode(), a.city(),
                    a.region(), a.country());
        }

        Address toAddress() {
            return new Address(id, AddressType.valueOf(type.toUpperCase(Locale.ROOT)), street, postalCode, city, region, country);
        }
    }

    public record ContactBody(UUID id, String name, String role, String email, String phone) {
        static ContactBody of(Contact c) {
            return new ContactBody(c.id(), c.name(), c.role(), c.email(), c.phone());
        }

        Contact toContact() {
            return new Contact(id, name, role, email, phone);
        }
    }

    public record SourceBody(String system, String key) {
        static SourceBody of(SourceRef source) {
            return source == null ? null : new SourceBody(source.system(), source.key());
        }

        static SourceRef toSource(SourceBody body) {
            return body == null ? null : new SourceRef(body.system(), body.key());
        }
    }

    static String write(Object document) {
        try {
            return Json.mapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <A, B> List<B> map(List<A> list, Function<A, B> mapping) {
        return list == null ? null : list.stream().map(mapping).toList();
    }
}
