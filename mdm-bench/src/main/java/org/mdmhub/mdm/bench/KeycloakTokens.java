package org.mdmhub.mdm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Access tokens from realm {@code mdm} (password grant, client {@code mdm-cli}). Tokens live 900 s, so the
 * benchmark asks for a fresh one per phase instead of caching one for the whole run.
 */
final class KeycloakTokens {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final URI tokenEndpoint;
    private final String form;

    KeycloakTokens(BenchConfig config, ObjectMapper json) {
        this.json = json;
        this.tokenEndpoint = URI.create(config.keycloakUrl() + "/realms/mdm/protocol/openid-connect/token");
        this.form = "grant_type=password&client_id=mdm-cli&username=" + encode(config.user())
                + "&password=" + encode(config.password());
    }

    String fresh() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode token = response.statusCode() == 200 ? json.readTree(response.body()).get("access_token") : null;
        if (token == null) {
            throw new IllegalStateException("Keycloak refused a token at " + tokenEndpoint + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return token.asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
