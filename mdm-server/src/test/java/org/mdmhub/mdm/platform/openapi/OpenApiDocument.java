package org.mdmhub.mdm.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The served document ({@code /openapi?format=JSON}) and its committed snapshot, {@code schemas/openapi.json}: the
 * same JSON written the same way (object keys sorted, two-space indent, a final newline), so that the file diffs
 * well and the comparison is a plain string equality.
 */
final class OpenApiDocument {

    static final Path SNAPSHOT = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize()
            .resolve("schemas/openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private OpenApiDocument() {
    }

    static String served(URL base) throws IOException, InterruptedException {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi?format=JSON"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("/openapi answered " + reply.statusCode() + ": " + reply.body());
        }
        return canonical(reply.body());
    }

    static JsonNode parse(String document) throws IOException {
        return JSON.readTree(document);
    }

    static String canonical(String document) throws IOException {
        return JSON.writeValueAsString(sorted(JSON.readTree(document))).replace("\r\n", "\n") + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            names.forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                copy.add(sorted(it.next()));
            }
            return copy;
        }
        return node;
    }
}
