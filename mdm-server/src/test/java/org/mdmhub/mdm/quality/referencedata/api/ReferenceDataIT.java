package org.mdmhub.mdm.quality.referencedata.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URL;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Boms;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/** Reference data is seeded by migrations and extended by stewards through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceDataIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private static boolean hasCode(JsonNode list, String code) {
        return StreamSupport.stream(list.spliterator(), false).anyMatch(e -> code.equals(e.get("code").asText()));
    }

    @Test
    void tablesAreSeededFromTheStandards() {
        JsonNode countries = api.get("api/v1/reference/countries").as("viewer").send().json();
        assertTrue(countries.size() >= 249, "all ISO 3166-1 countries: " + countries.size());
        JsonNode germany = StreamSupport.stream(countries.spliterator(), false)
                .filter(c -> "DE".equals(c.get("code").asText())).findFirst().orElseThrow();
        assertEquals(22, germany.get("ibanLength").asInt());
        JsonNode currencies = api.get("api/v1/reference/currencies").as("viewer").send().json();
        assertTrue(hasCode(currencies, "EUR") && hasCode(currencies, "JPY"));
        assertEquals(11, api.get("api/v1/reference/incoterms").as("viewer").send().json().size());
        JsonNode units = api.get("api/v1/reference/units").as("viewer").send().json();
        assertTrue(hasCode(units, "KGM") && hasCode(units, "C62"));
    }

    @Test
    void aStewardAddsAPlantAndAUnitConversion() {
        String plant = "T" + (System.currentTimeMillis() % 100_000);
        Api.Reply added = api.post("api/v1/reference/plants").as("steward")
                .json("{\"code\":\"" + plant + "\",\"name\":\"Test plant\",\"country\":\"FR\"}").send();
        assertEquals(201, added.status(), added.toString());
        assertTrue(hasCode(api.get("api/v1/reference/plants").as("viewer").send().json(), plant));
        assertEquals(409, api.post("api/v1/reference/plants").as("steward")
                .json("{\"code\":\"" + plant + "\",\"name\":\"Again\",\"country\":\"FR\"}").send().status());

        Api.Reply unknownCountry = api.post("api/v1/reference/plants").as("steward")
                .json("{\"code\":\"X" + plant + "\",\"name\":\"Nowhere\",\"country\":\"QQ\"}").send();
        assertEquals(400, unknownCountry.status());
        assertEquals("country", unknownCountry.json().get("errors").get(0).get("field").asText());

        JsonNode unitsBefore = api.get("api/v1/reference/units").as("viewer").send().json();
        String unit = unusedUnitCode(unitsBefore);
        Api.Reply unitAdded = api.post("api/v1/reference/units").as("steward")
                .json("{\"code\":\"" + unit + "\",\"name\":\"quarter kilogram\",\"dimension\":\"mass\",\"factorToBase\":0.25}").send();
        assertEquals(201, unitAdded.status(), unitAdded.toString());
        JsonNode listed = StreamSupport.stream(api.get("api/v1/reference/units").as("viewer").send().json().spliterator(), false)
                .filter(u -> unit.equals(u.get("code").asText())).findFirst().orElseThrow();
        assertEquals("mass", listed.get("dimension").asText());
        assertEquals(0, new BigDecimal("0.25").compareTo(listed.get("factorToBase").decimalValue()), listed.toString());
        assertEquals(409, api.post("api/v1/reference/units").as("steward")
                .json("{\"code\":\"" + unit + "\",\"name\":\"again\",\"dimension\":\"mass\",\"factorToBase\":0.5}").send().status());

        // the factor is what makes the unit usable: a BOM line in it converts to a component counted in kilograms,
        // while a mass unit without a factor converts to nothing and is refused
        String parent = Items.newNumber("UOM");
        String component = Items.newNumber("UOM");
        assertEquals(201, api.post("api/v1/items").as("steward").json(Items.body(parent, "Kit")).send().status());
        assertEquals(201, api.post("api/v1/items").as("steward")
                .json(Items.body(component, "Granulate").replace("\"baseUnit\":\"C62\"", "\"baseUnit\":\"KGM\"")).send().status());
        Api.Reply inNewUnit = api.post("api/v1/boms").as("steward").json(Boms.of(parent).line(10, component, "A", "4", unit).json()).send();
        assertEquals(201, inNewUnit.status(), inNewUnit.toString());
        String sizeless = unusedUnitCode(api.get("api/v1/reference/units").as("viewer").send().json());
        assertEquals(201, api.post("api/v1/reference/units").as("steward")
                .json("{\"code\":\"" + sizeless + "\",\"name\":\"a bag\",\"dimension\":\"mass\"}").send().status());
        Api.Reply inSizeless = api.post("api/v1/boms").as("steward").json(Boms.of(parent).line(10, component, "A", "4", sizeless).json()).send();
        assertEquals(400, inSizeless.status(), inSizeless.toString());
    }

    /** A three-letter code no unit has yet (the test database is fresh per build, but codes must not depend on it). */
    private static String unusedUnitCode(JsonNode units) {
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "Q" + a + b;
                if (!hasCode(units, code)) {
                    return code;
                }
            }
        }
        throw new AssertionError("no free unit code");
    }

    @Test
    void onlyStewardsChangeReferenceData() {
        assertEquals(403, api.post("api/v1/reference/plants").as("viewer")
                .json("{\"code\":\"V1\",\"name\":\"No\",\"country\":\"FR\"}").send().status());
        assertEquals(403, api.post("api/v1/reference/units").as("admin")
                .json("{\"code\":\"VV\",\"name\":\"No\",\"dimension\":\"mass\"}").send().status());
    }
}
