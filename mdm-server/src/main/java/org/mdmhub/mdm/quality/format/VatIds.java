package org.mdmhub.mdm.quality.format;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * VAT identification numbers, checked against the country of the party that holds them: the prefix that
 * country's ids carry (EL for Greece, CHE for Switzerland, none for a US EIN), the shape of the rest, and the
 * national check digits where the rule is public and simple. Spaces, dots and hyphens are separators and are
 * dropped, and lower case counts as upper case, because people copy ids from letterheads. A country whose format
 * is not known here is refused rather than waved through: a hub that cannot check an id must not pretend it did.
 *
 * <p>Check digits are verified for AT, BE, CH, DE, DK, EE, FI, FR (keys of two digits), GR, HR, HU, IT, LU,
 * NL (both the company mod-11 and the sole-proprietor mod-97 form), NO, PL, PT, SE and SK; for the US the
 * prefix must be one the IRS assigns. Format only: BG, CY, CZ, ES, GB, IE, LT, LV, MT, RO, SI and French keys
 * with letters, whose rules depend on the kind of holder or are not plainly published; refusing a real id
 * costs more than missing a typing error the tax office will catch. The check is offline: it says an id is
 * well formed, not that it is registered.
 */
public final class VatIds {
    /** The IRS campus prefixes of employer identification numbers. */
    private static final Set<String> EIN_PREFIXES = Set.of("""
            01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27
            30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 50 51 52 53 54 55 56 57 58 59
            60 61 62 63 64 65 66 67 68 71 72 73 74 75 76 77 80 81 82 83 84 85 86 87 88 90 91 92 93 94 95 98 99
            """.strip().split("\\s+"));

    private static final Map<String, Format> FORMATS = Map.ofEntries(
            entry("AT", vat("an Austrian VAT id", "ATU", "\\d{8}", "ATU followed by 8 digits",
                    VatCheckDigits::austria)),
            entry("BE", vat("a Belgian VAT id", "BE", "[01]\\d{9}", "BE followed by 10 digits, the first 0 or 1",
                    VatCheckDigits::belgium)),
            entry("BG", vat("a Bulgarian VAT id", "BG", "\\d{9,10}", "BG followed by 9 or 10 digits", null)),
            entry("CY", vat("a Cypriot VAT id", "CY", "\\d{8}[A-Z]", "CY followed by 8 digits and a letter", null)),
            entry("CZ", vat("a Czech VAT id", "CZ", "\\d{8,10}", "CZ followed by 8 to 10 digits", null)),
            entry("DE", vat("a German VAT id", "DE", "\\d{9}", "DE followed by 9 digits", VatCheckDigits::germany)),
            entry("DK", vat("a Danish VAT id", "DK", "\\d{8}", "DK followed by 8 digits", VatCheckDigits::denmark)),
            entry("EE", vat("an Estonian VAT id", "EE", "\\d{9}", "EE followed by 9 digits", VatCheckDigits::estonia)),
            entry("GR", vat("a Greek VAT id", "EL", "\\d{9}", "EL (not GR) followed by 9 digits",
                    VatCheckDigits::greece)),
            entry("ES", vat("a Spanish VAT id", "ES", "[A-Z0-9]\\d{7}[A-Z0-9]",
                    "ES followed by 9 characters: a letter or digit, 7 digits, a letter or digit", null)),
            entry("FI", vat("a Finnish VAT id", "FI", "\\d{8}", "FI followed by 8 digits", VatCheckDigits::finland)),
            entry("FR", vat("a French VAT id", "FR", "[0-9A-HJ-NP-Z]{2}\\d{9}",
                    "FR followed by a 2-character key (digits or letters other than I and O) and the 9-digit SIREN",
                    rest -> VatCheckDigits.france(rest.substring(0, 2), rest.substring(2)))),
            entry("HR", vat("a Croatian VAT id", "HR", "\\d{11}", "HR followed by 11 digits", VatCheckDigits::croatia)),
            entry("HU", vat("a Hungarian VAT id", "HU", "\\d{8}", "HU followed by 8 digits", VatCheckDigits::hungary)),
            entry("IE", vat("an Irish VAT id", "IE", "\\d{7}[A-Z]{1,2}|\\d[A-Z+*]\\d{5}[A-Z]",
                    "IE followed by 7 digits and 1 or 2 letters, "
                            + "or by a digit, a letter or + or *, 5 digits and a letter", null)),
            entry("IT", vat("an Italian VAT id", "IT", "\\d{11}", "IT followed by 11 digits", VatCheckDigits::italy)),
            entry("LT", vat("a Lithuanian VAT id", "LT", "\\d{9}|\\d{12}", "LT followed by 9 or 12 digits", null)),
            entry("LU", vat("a Luxembourg VAT id", "LU", "\\d{8}", "LU followed by 8 digits",
                    VatCheckDigits::luxembourg)),
            entry("LV", vat("a Latvian VAT id", "LV", "\\d{11}", "LV followed by 11 digits", null)),
            entry("MT", vat("a Maltese VAT id", "MT", "\\d{8}", "MT followed by 8 digits", null)),
            entry("NL", vat("a Dutch VAT id", "NL", "\\d{9}B\\d{2}", "NL followed by 9 digits, B and 2 digits",
                    VatCheckDigits::netherlands)),
            entry("PL", vat("a Polish VAT id", "PL", "\\d{10}", "PL followed by 10 digits", VatCheckDigits::poland)),
            entry("PT", vat("a Portuguese VAT id", "PT", "\\d{9}", "PT followed by 9 digits",
                    VatCheckDigits::portugal)),
            entry("RO", vat("a Romanian VAT id", "RO", "\\d{2,10}", "RO followed by 2 to 10 digits", null)),
            entry("SE", vat("a Swedish VAT id", "SE", "\\d{10}01", "SE followed by 12 digits ending in 01",
                    VatCheckDigits::sweden)),
            entry("SI", vat("a Slovenian VAT id", "SI", "\\d{8}", "SI followed by 8 digits", null)),
            entry("SK", vat("a Slovak VAT id", "SK", "\\d{10}", "SK followed by 10 digits", VatCheckDigits::slovakia)),
            entry("GB", vat("a UK VAT id", "GB", "\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}",
                    "GB followed by 9 or 12 digits, or by GD and 000 to 499, or by HA and 500 to 999", null)),
            entry("CH", vat("a Swiss VAT id", "CHE", "\\d{9}(MWST|TVA|IVA|TPV)?",
                    "CHE followed by 9 digits, optionally with MWST, TVA, IVA or TPV after them",
                    VatCheckDigits::switzerland)),
            entry("NO", vat("a Norwegian VAT id", "NO", "\\d{9}MVA", "NO followed by 9 digits and MVA",
                    VatCheckDigits::norway)),
            entry("US", new Format("a US employer identification number (EIN)", "", Pattern.compile("\\d{9}"),
                    "9 digits, written XX-XXXXXXX, without a country prefix",
                    rest -> EIN_PREFIXES.contains(rest.substring(0, 2)),
                    "this US EIN starts with a prefix the IRS does not assign")));

    private VatIds() {
    }

    /**
     * Empty if {@code vatId} is well formed for {@code country} (ISO 3166-1 alpha-2, so GR for Greece), else a
     * sentence for the person who typed it, saying what that country's ids look like.
     */
    public static Optional<String> problem(String country, String vatId) {
        if (country == null || country.isBlank()) {
            return Optional.of("a VAT id can only be checked against the country of its holder, and none is given");
        }
        String code = compact(country.strip());
        Format format = FORMATS.get(code);
        if (format == null) {
            String hint = code.equals("EL") ? " (Greece is GR; EL is only the prefix of its VAT ids)" : "";
            return Optional.of("no VAT id format is known for country " + code + hint);
        }
        String id = vatId == null ? "" : compact(vatId);
        String rest = id.startsWith(format.prefix()) ? id.substring(format.prefix().length()) : null;
        if (rest == null || !format.rest().matcher(rest).matches()) {
            return Optional.of(format.name() + " is " + format.shape());
        }
        if (!format.checkDigits().test(rest)) {
            return Optional.of(format.mismatch());
        }
        return Optional.empty();
    }

    /** The countries whose VAT ids this class checks. */
    public static Set<String> countries() {
        return FORMATS.keySet();
    }

    private static String compact(String s) {
        StringBuilder compact = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '.' && c != '-') {
                compact.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
            }
        }
        return compact.toString();
    }

    private static Format vat(String name, String prefix, String rest, String shape, Predicate<String> checkDigits) {
        String thisId = "this " + name.substring(name.indexOf(' ') + 1);
        return new Format(name, prefix, Pattern.compile(rest), shape, checkDigits == null ? id -> true : checkDigits,
                thisId + " fails its check-digit test, so a character is probably mistyped");
    }

    private record Format(String name, String prefix, Pattern rest, String shape, Predicate<String> checkDigits,
            String mismatch) {
    }
}
