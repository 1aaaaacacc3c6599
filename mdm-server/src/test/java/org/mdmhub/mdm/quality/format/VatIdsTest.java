package org.mdmhub.mdm.quality.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatIdsTest {

    // Published examples: the documented examples of the python-stdnum module for each country's VAT number
    // (e.g. ATU13585627, DE136695976, NL004495445B01 and the 2020 sole-proprietor NL002455799B11,
    // CHE-107.787.577 IVA, NO 995 525 828 MVA, the new-style French keys K7… and 4Z…, the Bulgarian personal
    // number 7523169263); the formats as tabled in Wikipedia "VAT identification number" and the EU VIES
    // documentation; GBGD001 and GBHA500 as HMRC's government-department and health-authority forms; the EINs
    // of Microsoft (91-1144442) and Apple (94-2404110) from the cover pages of their SEC filings. Written with
    // the spaces, dots and hyphens people use, and in lower case where a letterhead might have it.
    @ParameterizedTest
    @CsvSource({
            "AT, ATU13585627", "AT, AT U13585627", "BE, BE0403019261", "BE, BE 0428.759.497",
            "BG, BG175074752", "BG, BG7523169263", "CY, CY-10259033P", "CZ, CZ25123891", "CZ, CZ7103192745",
            "CZ, CZ640903926", "DE, DE136695976", "DE, de 136 695 976", "DK, DK 13 58 56 28",
            "EE, EE100931558", "EE, EE 100 594 102", "GR, EL094259216", "ES, ESB58378431",
            "ES, ES54362315K", "ES, ESX5253868R", "ES, ESM1234567L", "FI, FI20774740",
            "FR, FR40303265045", "FR, FR 23 334 175 221", "FR, FRK7399859412", "FR, FR4Z123456782",
            "HR, HR33392005961", "HU, HU12892312", "IE, IE6433435F", "IE, IE6433435OA",
            "IE, IE8D79739I", "IT, IT00743110157", "LT, LT119511515", "LT, LT100001919017",
            "LU, LU15027442", "LV, LV40003521600", "MT, MT1167-9112", "NL, NL004495445B01",
            "NL, NL002455799B11", "PL, PL8567346215", "PL, PL 856-734-62-15", "PT, PT501964843",
            "RO, RO18547290", "SE, SE123456789701", "SI, SI50223054", "SK, SK2022749619",
            "GB, GB980780684", "GB, GB 980 7806 84", "GB, GBGD001", "GB, GBHA500",
            "CH, CHE-107.787.577 IVA", "CH, CHE107787577", "CH, CHE-107.787.577 MWST", "NO, NO 995 525 828 MVA",
            "US, 91-1144442", "us, 94-2404110"})
    void acceptsPublishedExamples(String country, String vatId) {
        assertEquals(Optional.empty(), VatIds.problem(country, vatId), vatId);
    }

    // The examples with one digit changed (so the check digits fail where the country has them), a digit
    // dropped or added, the wrong or a missing prefix (GR for Greece, CH without E, a US EIN with US), a letter
    // where a digit belongs, an out-of-range GB department number, and EIN prefixes the IRS does not assign.
    @ParameterizedTest
    @CsvSource({
            "AT, ATU13585626", "AT, ATU1358562", "AT, AT13585627", "AT, DEU13585627",
            "BE, BE0403019262", "BE, BE403019261", "BE, BE2403019261", "BG, BG17507475",
            "BG, BG17507475211", "CY, CY102590331", "CY, CY10259033", "CZ, CZ2512389",
            "CZ, CZ25123891234", "DE, DE136695978", "DE, DE136695966", "DE, DE13669597",
            "DE, DE1366959761", "DE, AT136695976", "DE, 136695976", "DE, DE036695976",
            "DK, DK13585627", "DK, DK1358562", "EE, EE100594103", "EE, EE10059410",
            "GR, EL094259217", "GR, GR094259216", "GR, EL09425921", "ES, ESB5837843",
            "ES, ESB583784311", "ES, ESBB8378431", "FI, FI20774741", "FI, FI2077474",
            "FR, FR84323140391", "FR, FRIO334175221", "FR, FR4030326504", "FR, FR40303265046",
            "HR, HR33392005962", "HR, HR3339200596", "HU, HU12892313", "HU, HU1289231",
            "IE, IE6433435", "IE, IE6433435FAB", "IE, IE64334355F", "IE, IE8D7973I",
            "IT, IT00743110158", "IT, IT0074311015", "LT, LT11951151", "LT, LT1195115151",
            "LU, LU15027443", "LU, LU1502744", "LV, LV4000352160", "MT, MT1167911",
            "NL, NL004495446B01", "NL, NL123456789B90", "NL, NL004495445C01", "NL, NL004495445B1",
            "NL, NL004495445", "NL, NL002455799B12", "PL, PL8567346216", "PL, PL856734621",
            "PT, PT501964842", "PT, PT50196484", "RO, RO1", "RO, RO18547290123",
            "SE, SE123456789101", "SE, SE123456789702", "SE, SE1234567897", "SI, SI5022305",
            "SK, SK2022749618", "SK, SK202274961", "GB, GB98078068", "GB, GB9807806841",
            "GB, GBGD500", "GB, GBHA499", "GB, GBGD0011", "CH, CHE-107.787.578 IVA",
            "CH, CHE-107.787.57", "CH, CH107787577", "CH, CHE-107.787.577 VAT", "NO, NO 995 525 829 MVA",
            "NO, 995525828MVA", "NO, NO995525828", "US, 07-1144442", "US, 00-1144442",
            "US, 91-114444", "US, US91-1144442", "US, 91-11444422"})
    void refusesNearMisses(String country, String vatId) {
        assertTrue(VatIds.problem(country, vatId).isPresent(), vatId);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DE | DE13669597 | a German VAT id is DE followed by 9 digits",
            "DE |            | a German VAT id is DE followed by 9 digits",
            "GR | GR094259216 | a Greek VAT id is EL (not GR) followed by 9 digits",
            "AT | ATU1358562 | an Austrian VAT id is ATU followed by 8 digits",
            "NO | 995525828MVA | a Norwegian VAT id is NO followed by 9 digits and MVA",
            "DE | DE136695978 | this German VAT id fails its check-digit test, so a character is probably mistyped",
            "US | 07-1144442 | this US EIN starts with a prefix the IRS does not assign",
            "BR | 12.345.678/0001-95 | no VAT id format is known for country BR",
            "EL | EL094259216 | no VAT id format is known for country EL "
                    + "(Greece is GR; EL is only the prefix of its VAT ids)"})
    void explainsTheExpectedFormat(String country, String vatId, String problem) {
        assertEquals(Optional.of(problem), VatIds.problem(country, vatId));
    }

    @Test
    void refusesAMissingCountry() {
        assertTrue(VatIds.problem(null, "DE136695976").isPresent());
        assertTrue(VatIds.problem(" ", "DE136695976").isPresent());
    }

    @Test
    void coversTheEuMemberStatesAndGbChNoUs() {
        assertEquals(Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "GR", "ES", "FI", "FR", "HR", "HU", "IE",
                "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "GB", "CH", "NO", "US"),
                VatIds.countries());
    }
}
