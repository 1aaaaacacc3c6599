package org.mdmhub.mdm.platform.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mdmhub.mdm.platform.paging.PageRequest;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * Parses query parameters taken as text, so that a bad value is a 400 naming the parameter (JAX-RS would
 * answer a failed conversion with a bare 404).
 */
public final class QueryParams {
    private QueryParams() {
    }

    public static PageRequest page(String page, String size) {
        return new PageRequest(integer("page", page, 0), integer("size", size, PageRequest.DEFAULT_SIZE));
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            throw bad(name, "must be one of " + allowed);
        }
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A required text parameter, stripped: missing or blank is a 400 naming it. */
    public static String requiredText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw bad(name, "is required");
        }
        return value.strip();
    }

    /** A required integer parameter. */
    public static int integer(String name, String value) {
        if (value == null || value.isBlank()) {
            throw bad(name, "is required");
        }
        return integer(name, value, 0);
    }

    /** An optional ISO-8601 instant (e.g. 2026-11-24T09:30:00Z). */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name, "must be an ISO-8601 instant such as 2026-11-24T09:30:00Z");
        }
    }

    private static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw bad(name, "must be an integer");
        }
    }

    private static MdmException bad(String name, String message) {
        return new MdmException(ProblemType.BAD_PARAMETER, "Query parameter " + name + " " + message,
                List.of(new FieldError(name, message)));
    }
}
