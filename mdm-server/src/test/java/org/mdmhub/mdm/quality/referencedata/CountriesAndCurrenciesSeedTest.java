package org.mdmhub.mdm.quality.referencedata;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mdmhub.mdm.quality.checkdigit.Iban;
import org.mdmhub.mdm.quality.format.IsoCountries;

/**
 * The seed migration, read as text from the source tree (the module directory is the working directory of
 * unit tests), against the pure validators that hold the same facts: the country codes of {@link IsoCountries}
 * and the IBAN lengths of {@link Iban}. Without it one of the three would drift when ISO or SWIFT changes.
 */
class CountriesAndCurrenciesSeedTest {
    private static final Path SEED = Path.of("src/main/resources/db/migration/V0003_1__countries_currencies.sql");
    private static final String NAME = "'((?:[^']|'')+)'";
    private static final Pattern COUNTRY = Pattern.compile("^ {4}\\('([A-Z]{2})', " + NAME + ", (\\d+|null)\\)[,;]$",
            Pattern.MULTILINE);
    private static final Pattern CURRENCY = Pattern.compile("^ {4}\\('([A-Z]{3})', " + NAME + ", (\\d)\\)[,;]$",
            Pattern.MULTILINE);
    private static final Pattern ANY_ROW = Pattern.compile("^ {4}\\(", Pattern.MULTILINE);

    private static String sql;
    private static final Map<String, OptionalInt> IBAN_LENGTHS = new LinkedHashMap<>();
    private static final Map<String, Integer> MINOR_UNITS = new LinkedHashMap<>();

    @BeforeAll
    static void readSeed() throws IOException {
        sql = Files.readString(SEED, StandardCharsets.UTF_8);
        Matcher country = COUNTRY.matcher(sql);
        while (country.find()) {
            String length = country.group(3);
            OptionalInt previous = IBAN_LENGTHS.put(country.group(1),
                    length.equals("null") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(length)));
            assertEquals(null, previous, "twice: " + country.group(1));
            assertTrue(country.group(2).length() <= 80, country.group(2));
        }
        Matcher currency = CURRENCY.matcher(sql);
        while (currency.find()) {
            Integer previous = MINOR_UNITS.put(currency.group(1), Integer.parseInt(currency.group(3)));
            assertEquals(null, previous, "twice: " + currency.group(1));
            assertTrue(currency.group(2).length() <= 80, currency.group(2));
        }
    }

    @Test
    void everyRowIsReadSoNoneEscapesTheChecks() {
        assertEquals(ANY_ROW.matcher(sql).results().count(), IBAN_LENGTHS.size() + MINOR_UNITS.size());
    }

    @Test
    void seedsEveryIsoCountryAndNoOther() {
        assertEquals(249, IBAN_LENGTHS.size());
        assertEquals(IsoCountries.codes(), IBAN_LENGTHS.keySet());
    }

    @Test
    void ibanLengthsAgreeWithTheValidator() {
        assertAll(IBAN_LENGTHS.entrySet().stream().map(row ->
                () -> assertEquals(Iban.length(row.getKey()), row.getValue(), row.getKey())));
    }

    @Test
    void everyIbanCountryIsSeededExceptKosovoWhichIsoHasNotAssigned() {
        assertAll(Iban.countries().stream().filter(code -> !code.equals("XK")).map(code ->
                () -> assertTrue(IBAN_LENGTHS.get(code).isPresent(), code)));
    }

    @Test
    void seedsTheCurrenciesInUse() {
        assertTrue(MINOR_UNITS.size() > 150, "only " + MINOR_UNITS.size());
    }

    // ISO 4217 list one: no minor unit for the yen, the króna and the CFA franc, three for the Gulf dinars, four
    // for the Chilean and Uruguayan indexed units.
    @ParameterizedTest
    @CsvSource({"JPY, 0", "ISK, 0", "XOF, 0", "EUR, 2", "USD, 2", "CHF, 2", "BHD, 3", "KWD, 3", "CLF, 4", "UYW, 4"})
    void seedsMinorUnits(String currency, int minorUnits) {
        assertEquals(minorUnits, MINOR_UNITS.get(currency), currency);
    }

    @Test
    void quotesApostrophesTheSqlWay() {
        assertTrue(sql.contains("('CI', 'Côte d''Ivoire', null)"));
    }
}
