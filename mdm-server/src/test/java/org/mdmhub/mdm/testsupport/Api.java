package org.mdmhub.mdm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the API under test: one call, its status, headers and JSON body. */
public final class Api {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;

    public Api(URL deploymentUrl) {
        try {
            this.base = deploymentUrl.toURI();
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    public Call get(String path) { return call("GET", path); }
    public Call post(String path) { return call("POST", path); }
    public Call put(String path) { return call("PUT", path); }

    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call as(String user) { return token(Keycloak.token(user)); }
        public Call token(String token) { return header("Authorization", "Bearer " + token); }
        public Call header(String name, String value) { headers.put(name, value); return this; }

        public Call json(String json) {
            headers.put("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(json);
            return this;
        }

        public Call body(String contentType, byte[] bytes) {
            headers.put("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            return this;
        }

        public Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.replaceFirst("^/", "")))
                    .method(method, body);
            headers.forEach(request::header);
            try {
                return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A response; {@link #json()} parses the body. */
    public record Reply(HttpResponse<String> response) {
        public int status() { return response.statusCode(); }
        public String body() { return response.body(); }
        public String header(String name) { return response.headers().firstValue(name).orElse(null); }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status() + "): " + response.body(), e);
            }
        }

        @Override
        public String toString() {
            return response.request().method() + " " + response.uri() + " -> " + status() + " " + body();
        }
    }
}
