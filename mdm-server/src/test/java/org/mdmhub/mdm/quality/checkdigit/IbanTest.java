package org.mdmhub.mdm.quality.checkdigit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    // Published examples: the sample IBAN of each country in the SWIFT IBAN Registry (all EU/EEA countries, GB,
    // CH and others, including the late additions BI, DJ, EG, FK, HN, LY, NI, OM, RU, SD, SO, YE), plus
    // GB82 WEST 1234 5698 7654 32 from Wikipedia's "International Bank Account Number" article.
    @ParameterizedTest
    @ValueSource(strings = {
            "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "GB29 NWBK 6016 1331 9268 19",
            "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00", "CH93 0076 2011 6238 5295 7",
            "BE68 5390 0754 7034", "AT61 1904 3002 3457 3201", "BG80 BNBG 9661 1020 3456 78",
            "CY17 0020 0128 0000 0012 0052 7600", "CZ65 0800 0000 1920 0014 5399", "DK50 0040 0440 1162 43",
            "EE38 2200 2210 2014 5685", "ES91 2100 0418 4502 0005 1332", "FI21 1234 5600 0007 85",
            "GR16 0110 1250 0000 0001 2300 695", "HR12 1001 0051 8630 0016 0", "HU42 1177 3016 1111 1018 0000 0000",
            "IE29 AIBK 9311 5212 3456 78", "IT60 X054 2811 1010 0000 0123 456", "LT12 1000 0111 0100 1000",
            "LU28 0019 4006 4475 0000", "LV80 BANK 0000 4351 9500 1", "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
            "PL61 1090 1014 0000 0712 1981 2874", "PT50 0002 0123 1234 5678 9015 4", "RO49 AAAA 1B31 0075 9384 0000",
            "SE45 5000 0000 0583 9825 7466", "SI56 2633 0001 2039 086", "SK31 1200 0000 1987 4263 7541",
            "IS14 0159 2600 7654 5510 7303 39", "LI21 0881 0000 2324 013A A", "NO93 8601 1117 947",
            "AD12 0001 2030 2003 5910 0100", "MC58 1122 2000 0101 2345 6789 030", "SM86 U032 2509 8000 0000 0270 100",
            "VA59 0011 2300 0012 3456 78", "GI75 NWBK 0000 0000 7099 453", "XK05 1212 0123 4567 8906",
            "BY13 NBRB 3600 9000 0000 2Z00 AB00", "UA21 3223 1300 0002 6007 2335 6600 1",
            "KZ86 125K ZT50 0410 0100", "QA58 DOHB 0000 1234 5678 90AB CDEF G", "IQ98 NBIQ 8501 2345 6789 012",
            "MU17 BOMM 0101 1010 3030 0200 000M UR", "SC18 SSCB 1101 0000 0000 0000 1497 USD",
            "LC55 HEMM 0001 0001 0012 0012 0002 3015", "BR18 0036 0305 0000 1000 9795 493C 1",
            "TL38 0080 0123 4567 8910 157", "ST23 0001 0001 0051 8453 1014 6", "BI42 1000 0100 0100 0033 2045 181",
            "DJ21 0001 0000 0001 5400 0100 186", "EG38 0019 0005 0000 0000 2631 8000 2", "FK88 SC12 3456 7890 12",
            "HN88 CABF 0000 0000 0002 5000 5469", "LY83 0020 4800 0020 1001 2036 1",
            "NI45 BAPR 0000 0013 0000 0355 8124", "OM81 0180 0000 0129 9123 456",
            "RU02 0445 2560 0407 0281 0412 3456 7890 1", "SD21 2901 0501 2340 01", "SO21 1000 0010 0100 0100 141",
            "YE15 CBYE 0001 0188 6123 4567 8912 34"})
    void acceptsPublishedExamples(String iban) {
        assertTrue(Iban.isValid(iban), iban);
    }

    // The electronic form and lower case are accepted: the letters of an IBAN carry no case.
    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "gb82west12345698765432", "fr14 2004 1010 0505 0001 3m02 606"})
    void acceptsElectronicFormAndLowerCase(String iban) {
        assertTrue(Iban.isValid(iban), iban);
    }

    // The published examples with one character changed (body or check digits), two digits swapped, a character
    // dropped or added, the wrong country prefix for the BBAN, a country without IBANs, a non-alphanumeric
    // character, letters as check digits, and nothing at all.
    @ParameterizedTest
    @ValueSource(strings = {
            "DE89 3704 0044 0532 0130 01", "DE88 3704 0044 0532 0130 00", "DE89 3704 0044 0532 1030 00",
            "GB82 WEST 1234 5698 7654 33", "GB82 WEST 1234 5698 7654 3", "FR14 2004 1010 0505 0001 3M02 607",
            "FR14 2004 1010 0505 0001 3N02 606", "NL91 ABNA 0417 1643 01", "NL91 ABNA 0417 1643 0",
            "CH93 0076 2011 6238 5295 8", "CH93 0076 2011 6238 5295 70", "BE68 5390 0754 7035",
            "BE68 5390 0754 703", "NO93 8601 1117 94", "AT89 3704 0044 0532 0130 00",
            "AT61 1904 3002 3457 3201 00", "US64 SVBK US6S 3300 9673 86", "DE89-3704-0044-0532-0130-00",
            "DEAB 3704 0044 0532 0130 00", "DE", "", "  "})
    void refusesNearMisses(String iban) {
        assertFalse(Iban.isValid(iban), iban);
    }

    @Test
    void refusesNull() {
        assertFalse(Iban.isValid(null));
    }

    // ISO 13616 issues check digits 02 to 98 only; 01 and 99 leave the same remainder as 98 and 02, so only the
    // range check refuses them. The two valid IBANs are built for this test (German BBANs with those checks).
    @ParameterizedTest
    @CsvSource({"DE98370400440532013032, DE01370400440532013032", "DE02370400440532013014, DE99370400440532013014"})
    void refusesCheckDigitsOutsideTwoToNinetyEight(String valid, String sameRemainder) {
        assertTrue(Iban.isValid(valid), valid);
        assertEquals(Iban.mod97(valid), Iban.mod97(sameRemainder));
        assertFalse(Iban.isValid(sameRemainder), sameRemainder);
    }

    @ParameterizedTest
    @CsvSource({
            "DE89370400440532013000, DE89 3704 0044 0532 0130 00",
            "fr1420041010050500013m02606, FR14 2004 1010 0505 0001 3M02 606",
            "'NO93 8601 1117 947', NO93 8601 1117 947",
            "'BE68 539 0075 47034', BE68 5390 0754 7034"})
    void formatsInGroupsOfFour(String iban, String printForm) {
        assertEquals(printForm, Iban.format(iban));
    }

    @ParameterizedTest
    @CsvSource({
            "DE89370400440532013000, DE89 **** **** **** **30 00",
            "'GB82 WEST 1234 5698 7654 32', GB82 **** **** **** **54 32",
            "NO9386011117947, NO93 **** ***7 947",
            "be68539007547034, BE68 **** **** 7034",
            "DE89, DE**"})
    void masksAllButCountryCheckDigitsAndLastFour(String iban, String masked) {
        assertEquals(masked, Iban.mask(iban));
    }

    @ParameterizedTest
    @CsvSource({"DE, 22", "NO, 15", "RU, 33", "LC, 32", "XK, 20", "MT, 31"})
    void knowsTheRegistryLengths(String country, int length) {
        assertEquals(length, Iban.length(country).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "CA", "JP", "CN", "GF", "JE", "AX", "de"})
    void knowsNoLengthForCountriesWithoutTheirOwnIbans(String country) {
        assertTrue(Iban.length(country).isEmpty(), country);
    }
}
