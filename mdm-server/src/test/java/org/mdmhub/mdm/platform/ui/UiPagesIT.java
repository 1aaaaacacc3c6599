package org.mdmhub.mdm.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/** The UI as the packaged WAR serves it: settings without a token, deep links, caching and the CSP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UiPagesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givesTheRuntimeSettingsWithoutATokenAndWithoutASecret() throws Exception {
        HttpResponse<String> reply = get("ui/config.json");
        assertEquals(200, reply.statusCode(), reply.body());
        assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(""));
        JsonNode config = Json.mapper().readTree(reply.body());
        assertEquals("http://localhost:8180/realms/mdm", config.path("authority").asText());
        assertEquals("mdm-ui", config.path("clientId").asText());
        assertEquals("/api/v1", config.path("apiBase").asText());
        assertEquals(3, config.size(), "nothing but the three public settings: " + reply.body());
    }

    @Test
    void answersADeepLinkWithTheAppPageWhoseScriptsAreFilesOfTheBuild() throws Exception {
        HttpResponse<String> page = get("ui/items/6f1c0a52-3f0e-4b7e-9a56-2f1d8c1e0b11");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page.body()).find(), "no inline script: " + page.body());
        Matcher script = Pattern.compile("<script[^>]*src=\"(/ui/assets/[^\"]+\\.js)\"").matcher(page.body());
        assertTrue(script.find(), page.body());

        HttpResponse<String> bundle = get(script.group(1).substring(1));
        assertEquals(200, bundle.statusCode());
        assertTrue(bundle.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(page.body(), get("ui/").body(), "the root of the app is the same page");
    }

    @Test
    void putsAStrictContentSecurityPolicyOnTheApp() throws Exception {
        String csp = get("ui/inbox").headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertTrue(csp.contains("connect-src 'self' http://localhost:8180;"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    }

    @Test
    void keepsTheApiBehindItsTokenCheck() throws Exception {
        assertEquals(401, get("api/v1/items").statusCode());
    }
}
