package org.mdmhub.mdm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The API side of the create comparison: synchronous {@code POST /api/v1/items}; remembers what it created. */
final class ApiCreates {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    // One HTTP/1.1 client for all writers: it pools connections, so each busy writer keeps one open.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper json;
    private final URI items;
    private final Queue<UUID> created = new ConcurrentLinkedQueue<>();

    ApiCreates(BenchConfig config, ObjectMapper json) {
        this.json = json;
        this.items = URI.create(config.baseUrl() + "/api/v1/items");
    }

    /** Writers for one round; the caller passes a token fetched for that round. */
    RowWriter.Factory writers(String token) {
        return () -> new Writer(token);
    }

    /** Ids of every item created so far: the read phase picks among them. */
    List<UUID> createdIds() {
        return List.copyOf(created);
    }

    private final class Writer implements RowWriter {
        private final String authorization;

        Writer(String token) {
            this.authorization = "Bearer " + token;
        }

        @Override
        public void write(BenchItem item) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(items)
                            .timeout(TIMEOUT)
                            .header("Authorization", authorization)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(item)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST " + items + " answered " + response.statusCode() + ": "
                        + abbreviate(response.body()));
            }
            created.add(UUID.fromString(json.readTree(response.body()).get("id").asText()));
        }

        @Override
        public void close() {
            // the shared HttpClient keeps its pooled connections for the next round
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
