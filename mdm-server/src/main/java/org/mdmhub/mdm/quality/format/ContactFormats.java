package org.mdmhub.mdm.quality.format;

import java.util.regex.Pattern;

/**
 * Plausibility checks for e-mail addresses and phone numbers of partner contacts. Both are deliberately
 * narrower than their standards: an address is one {@code @} between an RFC 5322 dot-atom local part (no
 * quoted strings, comments or IP literals, at most 64 characters) and a public DNS domain of at least two
 * labels of letters, digits and inner hyphens ending in a top-level domain of at least two letters (so no
 * internationalised names except in their ASCII xn-- form below the top level), at most 254 characters in
 * all; a phone number is E.164, a + and 8 to 15 digits not starting with 0, once spaces, hyphens, dots and
 * parentheses are dropped. Anything the standards allow beyond that is almost always a typing error in
 * master data, and whether an address or number really reaches someone no syntax check can tell.
 */
public final class ContactFormats {
    private static final Pattern ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("[A-Za-z]{2,63}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    private ContactFormats() {
    }

    public static boolean isEmail(String address) {
        if (address == null || address.length() > 254) {
            return false;
        }
        int at = address.indexOf('@');
        if (at < 1 || at != address.lastIndexOf('@') || at > 64) {
            return false;
        }
        return allMatch(ATOM, address.substring(0, at).split("\\.", -1)) && isDomain(address.substring(at + 1));
    }

    public static boolean isPhone(String number) {
        if (number == null) {
            return false;
        }
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                digits.append(c);
            }
        }
        return E164.matcher(digits).matches();
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        return labels.length >= 2 && allMatch(LABEL, labels)
                && TOP_LEVEL_DOMAIN.matcher(labels[labels.length - 1]).matches();
    }

    private static boolean allMatch(Pattern pattern, String[] parts) {
        for (String part : parts) {
            if (!pattern.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }
}
