package org.mdmhub.mdm.inbound.application;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.StorableText;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * Reads a spooled batch record by record, in either {@link BatchFormat}, without holding it whole: the header, then
 * each record with its kind. A batch that is not well-formed, names an unknown kind or has an invalid header is
 * refused as a whole (400, naming the line or member); a record's own content is checked later, per record.
 */
final class BatchReader {
    /** The array member of the JSON format for each record kind. */
    static final Map<String, String> ARRAYS = Map.of("items", "item", "boms", "bom", "suppliers", "supplier",
            "customers", "customer");
    static final Set<String> KINDS = Set.copyOf(ARRAYS.values());
    private static final Set<String> HEADER = Set.of("sourceSystem", "batchKey", "title", "submit");
    /** Reads one value of a stream (the shared mapper refuses tokens after a value: here more values follow). */
    private static final ObjectReader TREES = Json.mapper().readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Receives what the reader finds, in order. */
    interface Sink {
        void record(String kind, JsonNode document);
    }

    private BatchReader() {
    }

    /** Reads the whole batch, handing each record to {@code sink}; returns the header. */
    static BatchHeader read(Path file, BatchFormat format, Sink sink) {
        try {
            return format == BatchFormat.JSON ? readJson(file, sink) : readLines(file, sink);
        } catch (JsonProcessingException e) {
            // also a document nested deeper than the parser's limit (StreamConstraintsException), which has no location
            throw new MdmException(ProblemType.MALFORMED_REQUEST, "The batch is not well-formed JSON"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()) + (e instanceof StreamConstraintsException ? ": nested too deeply" : ""));
        } catch (CharacterCodingException e) {
            throw new MdmException(ProblemType.MALFORMED_REQUEST, "The batch is not valid UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled batch", e);
        }
    }

    private static BatchHeader readJson(Path file, Sink sink) throws IOException {
        try (JsonParser parser = Json.mapper().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("a batch is one JSON object (or, as application/x-ndjson, JSON lines)");
            }
            HeaderFields header = new HeaderFields();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (ARRAYS.containsKey(name)) {
                    if (parser.currentToken() != JsonToken.START_ARRAY) {
                        throw invalid(name, "must be an array of " + ARRAYS.get(name) + " documents");
                    }
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode record = TREES.readValue(parser);
                        if (!record.isObject()) {
                            throw invalid(name + "[" + index + "]", "must be a JSON object");
                        }
                        requireStorable(record, name + "[" + index + "]");
                        sink.record(ARRAYS.get(name), record);
                        index++;
                    }
                } else if (HEADER.contains(name)) {
                    header.put(name, TREES.readValue(parser));
                } else {
                    throw invalid(name, "is not a member of a batch (sourceSystem, batchKey, title, submit, items, boms,"
                            + " suppliers, customers)");
                }
            }
            if (parser.nextToken() != null) {
                throw malformed("there is more after the batch object");
            }
            return header.validated();
        }
    }

    private static BatchHeader readLines(Path file, Sink sink) throws IOException {
        // a strict decoder: bytes that are not UTF-8 are refused, not turned into U+FFFD
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            HeaderFields header = null;
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = parseLine(line, number);
                if (!node.isObject()) {
                    throw malformed("line " + number + " is not a JSON object");
                }
                if (header == null) {
                    header = new HeaderFields();
                    for (var member : iterable(node.fieldNames())) {
                        if (!HEADER.contains(member)) {
                            throw invalid(member, "is not a header member (line 1: sourceSystem, batchKey, title, submit)");
                        }
                        header.put(member, node.get(member));
                    }
                    continue;
                }
                if (node.size() != 1 || !KINDS.contains(node.fieldNames().next())) {
                    throw malformed("line " + number + " must be one record as {\"item\": {...}} (or bom, supplier, customer)");
                }
                String kind = node.fieldNames().next();
                if (!node.get(kind).isObject()) {
                    throw malformed("line " + number + ": the " + kind + " must be a JSON object");
                }
                requireStorable(node.get(kind), "line " + number);
                sink.record(kind, node.get(kind));
            }
            if (header == null) {
                throw malformed("the batch is empty: its first line is the header");
            }
            return header.validated();
        }
    }

    /** Every member name and string of a record must be storable text (no NUL, no lone surrogate). */
    private static void requireStorable(JsonNode node, String where) {
        if (node.isTextual()) {
            String problem = StorableText.problemOf(node.asText());
            if (problem != null) {
                throw invalid(where, "a string " + problem);
            }
        }
        for (var member : iterable(node.fields())) {
            String problem = StorableText.problemOf(member.getKey());
            if (problem != null) {
                throw invalid(where, "a member name " + problem);
            }
            requireStorable(member.getValue(), where);
        }
        if (node.isArray()) {
            node.forEach(element -> requireStorable(element, where));
        }
    }

    private static JsonNode parseLine(String line, int number) {
        try {
            return Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw malformed("line " + number + " is not well-formed JSON");
        }
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }

    private static MdmException malformed(String detail) {
        return new MdmException(ProblemType.MALFORMED_REQUEST, "The batch is not readable: " + detail);
    }

    private static MdmException invalid(String field, String message) {
        return MdmException.validation(List.of(new FieldError(field, message)));
    }

    /** The header members as sent, checked together so that every wrong one is named. */
    private static final class HeaderFields {
        private final java.util.Map<String, JsonNode> values = new java.util.HashMap<>();

        void put(String name, JsonNode value) {
            values.put(name, value);
        }

        BatchHeader validated() {
            List<FieldError> errors = new ArrayList<>();
            String system = text("sourceSystem", 40, true, errors);
            String key = text("batchKey", 120, true, errors);
            String title = text("title", 200, false, errors);
            JsonNode submit = values.get("submit");
            if (submit != null && !submit.isBoolean()) {
                errors.add(new FieldError("submit", "must be true or false"));
            }
            MdmException.refuseAny(errors);
            return new BatchHeader(system, key, title != null ? title : "Batch " + key + " from " + system,
                    submit != null && submit.booleanValue());
        }

        private String text(String name, int max, boolean required, List<FieldError> errors) {
            JsonNode value = values.get(name);
            if (value == null || value.isNull()) {
                if (required) {
                    errors.add(new FieldError(name, "is required"));
                }
                return null;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                errors.add(new FieldError(name, "must be a non-empty string"));
                return null;
            }
            if (value.asText().length() > max) {
                errors.add(new FieldError(name, "must be at most " + max + " characters"));
                return null;
            }
            String problem = StorableText.problemOf(value.asText());
            if (problem != null) {
                errors.add(new FieldError(name, problem));
                return null;
            }
            return value.asText();
        }
    }
}
