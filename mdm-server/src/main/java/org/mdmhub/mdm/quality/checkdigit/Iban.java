package org.mdmhub.mdm.quality.checkdigit;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * International Bank Account Numbers (ISO 13616): a known country code, that country's exact length from
 * the SWIFT IBAN Registry, and the ISO 7064 MOD 97-10 check (with the first four characters moved to the
 * end and letters read as 10 to 35, the number leaves 1 when divided by 97). Input may come in print form
 * (groups of four separated by spaces) and in lower case: the letters of an IBAN carry no case, so both are
 * normalised away rather than refused. The national structure of the BBAN and its own check digits are not
 * checked; length plus MOD 97 already catch the typing errors a hub sees at data entry.
 *
 * <p>Territories the registry lists under another country (Åland under FI; French Guiana, Guadeloupe,
 * Martinique, Mayotte, Réunion, New Caledonia, French Polynesia, Saint Barthélemy, Saint Martin, Saint Pierre
 * and Miquelon, Wallis and Futuna and the French Southern Territories under FR; Guernsey, Jersey and the Isle
 * of Man under GB) have IBANs that begin with that country's code, so they have no entry of their own.
 * Kosovo's XK is in the registry though it is not an ISO 3166-1 code.
 */
public final class Iban {
    /** IBAN length per country code, SWIFT IBAN Registry (89 countries as of the 2025 releases). */
    private static final Map<String, Integer> LENGTHS = Arrays.stream("""
            AD24 AE23 AL28 AT20 AZ28
            BA20 BE16 BG22 BH22 BI27 BR29 BY28
            CH21 CR22 CY28 CZ24
            DE22 DJ27 DK18 DO28
            EE20 EG29 ES24
            FI18 FK18 FO18 FR27
            GB22 GE22 GI23 GL18 GR27 GT28
            HN28 HR21 HU28
            IE22 IL23 IQ23 IS26 IT27
            JO30
            KW30 KZ20
            LB28 LC32 LI21 LT20 LU20 LV21 LY25
            MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30
            NI28 NL18 NO15
            OM23
            PK24 PL28 PS29 PT25
            QA29
            RO24 RS22 RU33
            SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28
            TL23 TN24 TR26
            UA29
            VA22 VG24
            XK20
            YE30
            """.strip().split("\\s+"))
            .collect(Collectors.toUnmodifiableMap(e -> e.substring(0, 2), e -> Integer.parseInt(e.substring(2))));

    private Iban() {
    }

    public static boolean isValid(String iban) {
        if (iban == null) {
            return false;
        }
        String s = normalise(iban);
        if (s.length() < 4 || !s.chars().allMatch(Iban::isAlphanumeric)) {
            return false;
        }
        Integer length = LENGTHS.get(s.substring(0, 2));
        if (length == null || s.length() != length) {
            return false;
        }
        if (!isDigit(s.charAt(2)) || !isDigit(s.charAt(3))) {
            return false;
        }
        // 00, 01 and 99 leave the same remainders as 97, 98 and 02, but ISO 13616 never issues them.
        int checkDigits = Integer.parseInt(s.substring(2, 4));
        return checkDigits >= 2 && checkDigits <= 98 && mod97(s) == 1;
    }

    /**
     * The print form: upper case in groups of four separated by single spaces. It does not check the IBAN, so
     * that an invalid one can still be shown back to the person who typed it.
     */
    public static String format(String iban) {
        return group(normalise(iban));
    }

    /**
     * The print form with everything hidden but the country code, the check digits and the last four
     * characters, for screens and logs that must not show an account number. A string of eight characters or
     * fewer, which no IBAN is, keeps only its country code.
     */
    public static String mask(String iban) {
        String s = normalise(iban);
        int keepFrom = s.length() > 8 ? s.length() - 4 : s.length();
        int hideFrom = s.length() > 8 ? 4 : Math.min(2, s.length());
        StringBuilder masked = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            masked.append(i >= hideFrom && i < keepFrom ? '*' : s.charAt(i));
        }
        return group(masked.toString());
    }

    /** The IBAN length of a country code of the registry, empty for a country without IBANs. */
    public static OptionalInt length(String country) {
        Integer length = country == null ? null : LENGTHS.get(country);
        return length == null ? OptionalInt.empty() : OptionalInt.of(length);
    }

    /** The country codes IBANs can begin with. */
    public static Set<String> countries() {
        return LENGTHS.keySet();
    }

    /** The remainder of the ISO 7064 MOD 97-10 check, one digit (or two for a letter) at a time. */
    static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            remainder = isDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder;
    }

    private static String normalise(String iban) {
        StringBuilder s = new StringBuilder(iban.length());
        for (int i = 0; i < iban.length(); i++) {
            char c = iban.charAt(i);
            if (c != ' ') {
                s.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
            }
        }
        return s.toString();
    }

    private static String group(String s) {
        StringBuilder grouped = new StringBuilder(s.length() + s.length() / 4);
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(s.charAt(i));
        }
        return grouped.toString();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAlphanumeric(int c) {
        return isDigit(c) || c >= 'A' && c <= 'Z';
    }
}
