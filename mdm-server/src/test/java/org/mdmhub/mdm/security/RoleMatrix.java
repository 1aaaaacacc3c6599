package org.mdmhub.mdm.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected access rights, read from {@code security/role-matrix.txt}: per operation ({@code METHOD path}) the
 * callers that may reach it. Kept as a plain table so a reviewer reads who may do what without reading Java.
 */
public record RoleMatrix(List<String> callers, Map<String, List<String>> allowedByOperation) {
    private static final String HEADER = "# operation";

    public static RoleMatrix load(String resource) {
        try (InputStream in = RoleMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RoleMatrix parse(String text) {
        List<String> callers = null;
        Map<String, List<String>> rules = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith(HEADER)) {
                callers = List.of(trimmed.substring(HEADER.length()).strip().split("\\s+"));
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (callers == null) {
                throw new IllegalStateException("the caller header (" + HEADER + " ...) must come before the rules");
            }
            String[] cells = trimmed.split("\\s+");
            if (cells.length != 2 + callers.size()) {
                throw new IllegalStateException("a rule needs METHOD, path and one x/- per caller: " + line);
            }
            String operation = cells[0] + " " + cells[1];
            List<String> allowed = new ArrayList<>();
            for (int i = 0; i < callers.size(); i++) {
                switch (cells[2 + i]) {
                    case "x" -> allowed.add(callers.get(i));
                    case "-" -> { }
                    default -> throw new IllegalStateException("x or - expected, not " + cells[2 + i] + ": " + line);
                }
            }
            if (rules.put(operation, List.copyOf(allowed)) != null) {
                throw new IllegalStateException("two rules for " + operation);
            }
        }
        if (callers == null) {
            throw new IllegalStateException("no caller header in the matrix");
        }
        return new RoleMatrix(callers, rules);
    }

    public boolean allows(String operation, String caller) {
        return allowedByOperation.get(operation).contains(caller);
    }

    @Override
    public String toString() {
        return callers + " " + Arrays.toString(allowedByOperation.keySet().toArray());
    }
}
