package org.mdmhub.mdm.quality.referencedata.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

        String unit = "Q" + (char) ('A' + System.currentTimeMillis() % 26);
        Api.Reply unitAdded = api.post("api/v1/reference/units").as("steward")
                .json("{\"code\":\"" + unit + "\",\"name\":\"quarter kilogram\",\"dimension\":\"mass\",\"factorToBase\":0.25}").send();
        assertTrue(unitAdded.status() == 201 || unitAdded.status() == 409, unitAdded.toString());
        assertTrue(hasCode(api.get("api/v1/reference/units").as("viewer").send().json(), unit));
    }

    @Test
    void onlyStewardsChangeReferenceData() {
        assertEquals(403, api.post("api/v1/reference/plants").as("viewer")
                .json("{\"code\":\"V1\",\"name\":\"No\",\"country\":\"FR\"}").send().status());
        assertEquals(403, api.post("api/v1/reference/units").as("admin")
                .json("{\"code\":\"VV\",\"name\":\"No\",\"dimension\":\"mass\"}").send().status());
    }
}
