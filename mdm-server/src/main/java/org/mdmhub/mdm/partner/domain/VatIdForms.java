package org.mdmhub.mdm.partner.domain;

import java.util.Locale;

/** VAT ids are kept in their compact form, so that the same id typed two ways is one id (duplicate checks). */
final class VatIdForms {
    private VatIdForms() {
    }

    /** Without the spaces, dots and hyphens people copy from letterheads, in upper case; null stays null. */
    static String compact(String vatId) {
        return vatId == null ? null : vatId.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
    }
}
