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
        return cached("mdm-cli/" + user, () -> passwordGrant("mdm-cli", user));
    }

    /** A token issued to a client that is not an audience of the API. */
    public static String tokenWithoutApiAudience(String user) {
        return passwordGrant("mdm-no-audience", user);
    }

    /** A client-credentials token of a service account. */
    public static String serviceToken(String clientId, String secret) {
        return cached("sa/" + clientId, () ->
                tokenFrom("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret));
    }

    /**
     * A cached token while it has at least a minute left (the realm's tokens live a few minutes, a suite run
     * much longer), else a fresh one.
     */
    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        return CACHE.compute(key, (k, token) -> token != null && secondsLeft(token) > 60 ? token : fetch.get());
    }

    private static long secondsLeft(String token) {
        try {
            String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            return new ObjectMapper().readTree(payload).get("exp").asLong() - java.time.Instant.now().getEpochSecond();
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
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
