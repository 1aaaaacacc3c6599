package org.mdmhub.mdm.partner.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A person to talk to at a partner.
 *
 * @param id    the contact's stable id; null in a request for a new contact
 * @param role  what the person does for us, in words (e.g. "accounts receivable")
 * @param phone as the steward typed it; it must read as E.164 once separators are dropped
 */
public record Contact(UUID id, String name, String role, String email, String phone) {
    public Contact {
        Objects.requireNonNull(name, "name");
    }
}
