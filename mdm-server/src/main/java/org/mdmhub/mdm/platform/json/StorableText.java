package org.mdmhub.mdm.platform.json;

/**
 * Whether decoded text can be stored as it is: PostgreSQL cannot store NUL in text, and a lone surrogate would be
 * written as {@code ?}. Used by the REST edge for every request and by batch reading for every record.
 */
public final class StorableText {
    private StorableText() {
    }

    /** Why {@code text} is not storable as it is, or null when it is. */
    public static String problemOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain a lone surrogate (U+" + Integer.toHexString(c).toUpperCase() + ")";
            }
        }
        return null;
    }
}
