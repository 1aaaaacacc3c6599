package org.mdmhub.mdm.inbound.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

/** What every domain's intake does alike with a record's document: its source, and errors as field errors. */
public final class SourceDocuments {
    private SourceDocuments() {
    }

    /** The text at {@code pointer} (e.g. {@code /source/key}), if the document has one. */
    public static String text(JsonNode document, String pointer) {
        JsonNode value = document.at(pointer);
        return value.isTextual() ? value.asText() : null;
    }

    /**
     * The document with its {@code source.system} filled in from the batch when the record leaves it out; or the
     * field errors when the record has no source key, or names another system than the batch's.
     */
    public static Checked withSource(JsonNode document, String sourceSystem) {
        JsonNode source = document.get("source");
        if (source == null || !source.isObject() || !source.path("key").isTextual()) {
            return Checked.refused(new FieldError("source.key", "is required: a record of a batch is keyed by its source key"));
        }
        JsonNode system = source.get("system");
        if (system != null && !sourceSystem.equals(system.asText())) {
            return Checked.refused(new FieldError("source.system", "is " + system.asText() + ", but the batch comes from "
                    + sourceSystem));
        }
        ObjectNode copy = document.deepCopy();
        ((ObjectNode) copy.get("source")).put("system", sourceSystem);
        return new Checked(copy, List.of());
    }

    /** The field errors an exception carries, or one naming the whole record. */
    public static List<FieldError> errorsOf(MdmException e) {
        return e.errors().isEmpty() ? List.of(new FieldError("$", e.getMessage())) : e.errors();
    }

    /** A document ready for its schema, or why not. */
    public record Checked(JsonNode document, List<FieldError> errors) {
        static Checked refused(FieldError error) {
            return new Checked(null, List.of(error));
        }

        public Optional<JsonNode> accepted() {
            return Optional.ofNullable(document);
        }
    }
}
