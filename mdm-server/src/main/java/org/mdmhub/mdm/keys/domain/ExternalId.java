package org.mdmhub.mdm.keys.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.RecordType;

/**
 * The hub's own name for a record at targets that key records by name: {@code mdm.<domain>_<golden id>}, e.g.
 * {@code mdm.item_6f1c…} (docs/odoo.md; the publication adapter writes it, {@code ReleaseEvent.externalName()}
 * without the module). Resolving one needs nothing stored: the golden id is in the name.
 */
public record ExternalId(RecordType domain, UUID goldenId) {
    public static final String MODULE = "mdm";

    public ExternalId {
        Objects.requireNonNull(domain);
        Objects.requireNonNull(goldenId);
    }

    /** {@code item_<id>}: the external id without its module, as {@code odoo_key_map.external_name} holds it. */
    public String name() {
        return domain.name().toLowerCase(Locale.ROOT) + "_" + goldenId;
    }

    @Override
    public String toString() {
        return MODULE + "." + name();
    }

    /** The record an external id names; empty for anything that is not one of the hub's external ids. */
    public static Optional<ExternalId> parse(String text) {
        if (text == null || !text.startsWith(MODULE + ".")) {
            return Optional.empty();
        }
        String name = text.substring(MODULE.length() + 1);
        int underscore = name.indexOf('_');
        if (underscore < 0) {
            return Optional.empty();
        }
        String domain = name.substring(0, underscore);
        for (RecordType type : RecordType.values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(domain)) {
                return uuid(name.substring(underscore + 1)).map(id -> new ExternalId(type, id));
            }
        }
        return Optional.empty();
    }

    private static Optional<UUID> uuid(String text) {
        // UUID.fromString accepts short groups ("1-2-3-4-5"); an external id is always the canonical 36 characters
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
