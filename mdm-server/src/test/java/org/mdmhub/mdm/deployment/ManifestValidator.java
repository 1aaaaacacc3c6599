package org.mdmhub.mdm.deployment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Offline validation of Kubernetes manifests, strict: an unknown field is an error, as it is for
 * {@code kubectl apply --validate=strict}.
 *
 * <p>Built-in kinds are read into the fabric8 Kubernetes model (generated from the Kubernetes OpenAPI
 * definitions): a kind or apiVersion the API does not have, a value of the wrong type, or a field the type does not
 * have (which fabric8 would keep aside in {@code additionalProperties}) is reported with its path. Custom resources
 * (CloudNativePG, Keycloak operator, RabbitMQ operator) are checked against JSON Schemas in
 * {@code src/test/resources/deployment/custom-resources}: written here from the fields, types and enums the
 * operators' CRDs publish, covering the fields these manifests may use and refusing any other.
 * Kustomize files are checked for what they name: every resource, component and generator file must exist.
 */
final class ManifestValidator {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final Map<String, String> CUSTOM_SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg-cluster.schema.json",
            "postgresql.cnpg.io/v1/ScheduledBackup", "cnpg-scheduledbackup.schema.json",
            "k8s.keycloak.org/v2alpha1/Keycloak", "keycloak.schema.json",
            "rabbitmq.com/v1beta1/RabbitmqCluster", "rabbitmqcluster.schema.json");
    private static final Set<String> KUSTOMIZE = Set.of("Kustomization", "Component");

    private ManifestValidator() {
    }

    /** Every problem found in the YAML documents of {@code file}, each prefixed by file, document and path. */
    static List<String> violations(Path file) {
        List<String> found = new ArrayList<>();
        List<JsonNode> documents;
        try {
            documents = YAML.readValues(new YAMLFactory().createParser(file.toFile()), JsonNode.class).readAll();
        } catch (IOException e) {
            return List.of(file + ": not YAML: " + e.getMessage());
        }
        for (int i = 0; i < documents.size(); i++) {
            String where = file + " #" + (i + 1);
            JsonNode document = documents.get(i);
            if (document == null || document.isNull() || document.isMissingNode()) {
                continue;
            }
            found.addAll(violations(where, document, file.getParent()));
        }
        return found;
    }

    /** Problems of one parsed document; {@code directory} resolves the files a kustomization names. */
    static List<String> violations(String where, JsonNode document, Path directory) {
        if (!document.isObject() || !document.path("apiVersion").isTextual() || !document.path("kind").isTextual()) {
            return List.of(where + ": apiVersion and kind are required");
        }
        String kind = document.get("kind").asText();
        String type = document.get("apiVersion").asText() + "/" + kind;
        if (KUSTOMIZE.contains(kind)) {
            return kustomization(where, document, directory);
        }
        if (!document.path("metadata").path("name").isTextual()) {
            return List.of(where + ": metadata.name is required");
        }
        String schema = CUSTOM_SCHEMAS.get(type);
        return schema != null ? againstSchema(where + " " + type, document, schema) : againstModel(where + " " + type, document);
    }

    private static List<String> againstModel(String where, JsonNode document) {
        KubernetesResource resource;
        try {
            resource = YAML.treeToValue(document, KubernetesResource.class);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return List.of(where + ": " + path + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException | IllegalArgumentException e) {
            return List.of(where + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (resource instanceof GenericKubernetesResource) {
            return List.of(where + ": no such kind in the Kubernetes API (nor a custom resource with a schema here)");
        }
        List<String> found = new ArrayList<>();
        unknownFields(resource, "", found, new IdentityHashMap<>());
        return found.stream().map(problem -> where + ": " + problem).toList();
    }

    /** fabric8 keeps fields its type does not have in additionalProperties: each one is a field the API would refuse. */
    private static void unknownFields(Object value, String path, List<String> found, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> values) {
            int i = 0;
            for (Object element : values) {
                unknownFields(element, path + "[" + i++ + "]", found, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> unknownFields(element, path + "." + key, found, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String name = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            if (name.equals("additionalProperties") && child instanceof Map<?, ?> extra) {
                extra.keySet().forEach(key -> found.add((path.isEmpty() ? "" : path + ".") + key + ": unknown field"));
            } else if (!name.equals("additionalProperties")) {
                unknownFields(child, path.isEmpty() ? name : path + "." + name, found, seen);
            }
        }
    }

    private static List<String> againstSchema(String where, JsonNode document, String schemaFile) {
        try (InputStream in = ManifestValidator.class.getResourceAsStream("/deployment/custom-resources/" + schemaFile)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + schemaFile);
            }
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(document).stream().map(message -> where + ": " + message.getMessage()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> kustomization(String where, JsonNode document, Path directory) {
        List<String> found = new ArrayList<>();
        List<String> named = new ArrayList<>();
        document.path("resources").forEach(r -> named.add(r.asText()));
        document.path("components").forEach(c -> named.add(c.asText()));
        for (String entry : named) {
            if (!Files.exists(directory.resolve(entry))) {
                found.add(where + ": names " + entry + ", which does not exist");
            }
        }
        ObjectNode known = YAML.createObjectNode();
        document.fieldNames().forEachRemaining(name -> known.put(name, true));
        for (String field : (Iterable<String>) () -> known.fieldNames()) {
            if (!Set.of("apiVersion", "kind", "metadata", "namespace", "labels", "resources", "components", "images",
                    "replicas", "patches", "secretGenerator", "configMapGenerator", "generatorOptions").contains(field)) {
                found.add(where + ": " + field + ": not a kustomization field used here");
            }
        }
        return found;
    }
}
