package org.mdmhub.mdm.partner.api;

import java.util.UUID;
import org.mdmhub.mdm.partner.domain.Contact;

/** A contact in a request (without {@code id} when new) and in a response (always with it). */
public record ContactJson(UUID id, String name, String role, String email, String phone) {
    static ContactJson of(Contact c) {
        return new ContactJson(c.id(), c.name(), c.role(), c.email(), c.phone());
    }

    Contact toContact() {
        return new Contact(id, name, role, email, phone);
    }
}
