package org.mdmhub.mdm.quality.format;

/**
 * Business Identifier Codes (ISO 9362, the SWIFT code): 4 letters for the institution, 2 letters for an
 * ISO 3166-1 country, 2 letters or digits for the location and, optionally, 3 letters or digits for the
 * branch, so 8 or 11 characters. Lower case is accepted as upper case, since a BIC's letters carry no case;
 * spaces are not, because a BIC has no print form with groups. Kosovo's XK counts as a country here, as it
 * does for SWIFT, though ISO 3166-1 has not assigned it. ISO 9362:2014 allows digits in the institution
 * part, but no such BIC is issued, and refusing them catches a swapped IBAN and BIC.
 */
public final class Bic {
    private Bic() {
    }

    public static boolean isValid(String bic) {
        if (bic == null || bic.length() != 8 && bic.length() != 11) {
            return false;
        }
        String s = upperCase(bic);
        String country = s.substring(4, 6);
        return allLetters(s.substring(0, 6))
                && (IsoCountries.isCountry(country) || country.equals("XK"))
                && allAlphanumeric(s.substring(6));
    }

    private static String upperCase(String s) {
        StringBuilder upper = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            upper.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return upper.toString();
    }

    private static boolean allLetters(String s) {
        return s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static boolean allAlphanumeric(String s) {
        return s.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
    }
}
