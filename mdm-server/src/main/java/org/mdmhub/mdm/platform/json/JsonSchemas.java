package org.mdmhub.mdm.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * Validates request documents against the published JSON Schemas ({@code schemas/v1/*.schema.json}, copied
 * onto the classpath by the build), so the API accepts exactly what the documented shapes allow. Errors
 * come back field by field, with dotted paths.
 */
@ApplicationScoped
public class JsonSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** Throws a validation problem listing every violation, or returns when {@code document} conforms. */
    public void requireValid(SchemaName schema, JsonNode document) {
        if (document == null || document.isMissingNode() || document.isNull()) {
            throw MdmException.validation(List.of(new FieldError("$", "a JSON object is required")));
        }
        List<FieldError> errors = validate(schema, document);
        if (!errors.isEmpty()) {
            throw MdmException.validation(errors);
        }
    }

    /** Checks {@code document} against {@code schema}, then maps it to the request record {@code type}. */
    public <T> T read(SchemaName schema, JsonNode document, Class<T> type) {
        requireValid(schema, document);
        try {
            return Json.mapper().treeToValue(document, type);
        } catch (JsonMappingException e) {
            // the schema let a value through that the request record cannot hold exactly (e.g. 1e400 for an
            // integer with a maximum): the client's input, refused at the field like any schema error
            throw MdmException.validation(List.of(new FieldError(fieldOf(e), "is out of the range this field can hold")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A document that passed " + schema + " did not map to " + type.getSimpleName(), e);
        }
    }

    /** The mapping failure's location in the same dotted form as the schema errors ({@code lines[3].quantity}). */
    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "$" : field.toString();
    }

    public List<FieldError> validate(SchemaName schema, JsonNode document) {
        Set<ValidationMessage> messages = schemas.computeIfAbsent(schema.path(), JsonSchemas::load).validate(document);
        return messages.stream()
                .map(JsonSchemas::toFieldError)
                .distinct()
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    private static FieldError toFieldError(ValidationMessage message) {
        String location = dotted(message.getInstanceLocation().toString());
        String property = message.getProperty();
        boolean namesChild = property != null && ("required".equals(message.getType())
                || "additionalProperties".equals(message.getType()));
        String field = namesChild ? (location.isEmpty() ? property : location + "." + property) : location;
        if (field.isEmpty()) {
            field = "$";
        }
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        if ((text.startsWith("$") || text.startsWith("/")) && colon > 0) {
            text = text.substring(colon + 2);
        }
        if ("additionalProperties".equals(message.getType())) {
            text = "is not a known field";
        }
        return new FieldError(field, text);
    }

    /**
     * {@code $.weight.value} or {@code /weight/value} (JSON Pointer) to {@code weight.value}, and array
     * elements as {@code lines[3].unit}: the same paths the domain rules report, so a client maps every
     * error of one request the same way. (The schemas declare no numeric property names, so an all-digit
     * segment is always an array index.)
     */
    private static String dotted(String location) {
        String path = location.startsWith("$") ? location.replaceFirst("^\\$\\.?", "")
                : location.replaceFirst("^/", "").replace('/', '.').replaceAll("\\.(\\d+)(?=\\.|$)", "[$1]");
        return path.replace("~1", "/").replace("~0", "~");
    }

    private static JsonSchema load(String path) {
        try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("JSON Schema not on the classpath: " + path);
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
