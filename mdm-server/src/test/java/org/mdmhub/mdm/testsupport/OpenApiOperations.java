package org.mdmhub.mdm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the OpenAPI document the server under test serves ({@code GET /openapi?format=JSON}), so the
 * role matrix and the fuzz run cover whatever the API offers today, not a list someone forgot to update.
 * Operations are keyed by method and path template ({@code GET /api/v1/items/{id}}), never by operationId.
 */
public final class OpenApiOperations {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiOperations() {
    }

    /** One parameter: where it goes (path, query, header), its name and its declared JSON type. */
    public record Parameter(String name, String in, boolean required, String type) {
    }

    /** One operation of the document. */
    /** {@code jsonBody}: the operation takes a JSON request body (others, such as a CSV upload, take another format). */
    public record Operation(String method, String path, List<Parameter> parameters, boolean hasBody, boolean jsonBody) {
        public String key() {
            return method + " " + path;
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    /** Every operation of the served document, in document order. */
    public static List<Operation> served(Api api) {
        Api.Reply reply = api.get("openapi?format=JSON").send();
        if (reply.status() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + reply);
        }
        return of(reply.json());
    }

    public static List<Operation> of(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue; // path-level "parameters", "summary" ...
                }
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : operation.path("parameters")) {
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                            p.path("required").asBoolean(false), p.path("schema").path("type").asText("string")));
                }
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), List.copyOf(parameters),
                        operation.has("requestBody"), operation.path("requestBody").path("content").has("application/json")));
            }
        }
        return List.copyOf(operations);
    }
}
