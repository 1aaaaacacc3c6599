package org.mdmhub.mdm.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.StorableText;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * The one place where request text is checked before anything reads it: the path, every query parameter and
 * every string (values and member names) of a JSON body must be well-formed UTF-8 and valid Unicode text.
 * Refused, with the offending field named: bytes that are not UTF-8 (including overlong forms and encoded
 * surrogates, which a lenient decoder would turn into other characters), lone surrogates written as JSON
 * escapes (stored as {@code ?} otherwise), and NUL (PostgreSQL cannot store it in text and would fail the
 * insert). Downstream code can therefore treat every string it sees as storable as it is.
 */
@Provider
@PreMatching
@Priority(Priorities.USER + 10) // after RequestSizeLimit: the body read here is already bounded
public class TextInputGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        List<FieldError> errors = new ArrayList<>();
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        if (rawPath != null) {
            String problem = problemOf(rawPath);
            if (problem != null) {
                errors.add(new FieldError("path", problem));
            }
        }
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String rawName = eq < 0 ? pair : pair.substring(0, eq);
                String problem = problemOf(pair.replace('+', ' '));
                if (problem != null) {
                    String name = problemOf(rawName) == null ? percentDecode(rawName) : "query";
                    errors.add(new FieldError(name, problem));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new MdmException(ProblemType.BAD_PARAMETER,
                    "Parameter " + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
        if (request.hasEntity() && isJson(request.getMediaType()) && !BatchUploads.isUpload(request)) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            checkBody(body);
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    private static void checkBody(byte[] body) {
        try {
            strictUtf8(body);
        } catch (CharacterCodingException e) {
            throw new MdmException(ProblemType.MALFORMED_REQUEST, "The body is not valid UTF-8",
                    List.of(new FieldError("$", "is not valid UTF-8")));
        }
        List<FieldError> errors = new ArrayList<>();
        try (JsonParser parser = Json.mapper().getFactory().createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null && errors.size() < 20) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    String problem = problemOfText(token == JsonToken.FIELD_NAME ? parser.currentName() : parser.getText());
                    if (problem != null) {
                        errors.add(new FieldError(fieldPath(parser), problem));
                    }
                }
            }
        } catch (JsonProcessingException e) {
            // not JSON: the body reader reports it as malformed-request with its position; nothing to add here
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!errors.isEmpty()) {
            throw MdmException.validation(errors);
        }
    }

    /** The dotted path of the current token, the form the schema and domain errors use ({@code lines[2].unit}). */
    private static String fieldPath(JsonParser parser) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        String dotted = pointer.replaceFirst("^/", "").replace('/', '.').replaceAll("\\.(\\d+)(?=\\.|$)", "[$1]")
                .replaceAll("^(\\d+)(?=\\.|$)", "[$1]").replace("~1", "/").replace("~0", "~");
        return dotted.isEmpty() ? "$" : dotted;
    }

    /** Why a percent-encoded URI part is not acceptable text, or null when it is. */
    static String problemOf(String rawPart) {
        byte[] bytes;
        try {
            bytes = percentBytes(rawPart);
        } catch (IllegalArgumentException e) {
            return "has a malformed percent-encoding";
        }
        try {
            return problemOfText(strictUtf8(bytes));
        } catch (CharacterCodingException e) {
            return "is not valid UTF-8";
        }
    }

    /** Why decoded text is not storable as it is, or null when it is. */
    static String problemOfText(String text) {
        return StorableText.problemOf(text);
    }

    /** Java's UTF-8 decoder refuses overlong forms, encoded surrogates and code points above U+10FFFF. */
    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static byte[] percentBytes(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                byte[] literal = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(literal, 0, literal.length);
            }
        }
        return out.toByteArray();
    }

    private static String percentDecode(String raw) {
        return new String(percentBytes(raw.replace('+', ' ')), StandardCharsets.UTF_8);
    }
}
