package org.mdmhub.mdm.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the real Keycloak realm {@code mdm} (deploy/keycloak/mdm-realm.json). */
public final class Keycloak {
    private static final String BASE = System.getProperty("keycloak.url", "http://localhost:8180");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** A password-grant token for a demo user (password = user name) through the CLI client. */
    public static String token(String user) {
        return CACHE.computeIfAbsent("mdm-cli/" + user, key -> passwordGrant("mdm-cli", user));
    }

    /** A token issued to a client that is not an audience of the API. */
    public static String tokenWithoutApiAudience(String user) {
        return passwordGrant("mdm-no-audience", user);
    }

    /** A client-credentials token of a service account. */
    public static String serviceToken(String clientId, String secret) {
        return CACHE.computeIfAbsent("sa/" + clientId, key ->
                tokenFrom("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret));
    }

    private static String passwordGrant(String clientId, String user) {
        return tokenFrom("grant_type=password&client_id=" + clientId + "&username=" + enc(user) + "&password=" + enc(user));
    }

    private static String tokenFrom(String form) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(BASE + "/realms/mdm/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
            }
            return new ObjectMapper().readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
