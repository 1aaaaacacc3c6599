package org.mdmhub.mdm.partner.domain;

/** Where a partner record came from: the originating system and its key there (e.g. an Odoo partner id). */
public record SourceRef(String system, String key) {
}
