package org.mdmhub.mdm.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A field-level diff between two versions of a record as the API shows them. Working on the published
 * document (not the entity) means the diff shows exactly what readers see, masking included, and one
 * implementation serves every domain.
 * <p>
 * Objects are compared member by member. Arrays of objects that carry an identity — an {@code id} (BOM
 * lines, bank accounts) or a {@code plant} (item plant extensions) — are matched by it, so a reordered or
 * edited line is one change, not many; other arrays are compared by position. Numbers compare by value (1.5 equals 1.50); null and absent are the same.
 */
public final class JsonDiff {
    private static final List<String> KEYS = List.of("id", "plant");
    private static final Comparator<JsonNode> NUMERIC_AWARE = (a, b) ->
            a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private JsonDiff() {
    }

    /** What a version changed: {@code ADDED}, {@code REMOVED} or {@code CHANGED}, with both values. */
    public record Change(String path, Kind kind, JsonNode before, JsonNode after) {
        public enum Kind { ADDED, REMOVED, CHANGED }
    }

    public static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare("", absentAsNull(before), absentAsNull(after), changes);
        return changes;
    }

    /** The paths of {@link #between}, e.g. {@code name}, {@code lines[7f3…].quantity}. */
    public static List<String> changedPaths(JsonNode before, JsonNode after) {
        return between(before, after).stream().map(Change::path).toList();
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<Change> out) {
        if (a == b) {
            return; // both absent, or one node shared by both versions (e.g. an unchanged line rendered once)
        }
        if (a == null) {
            out.add(new Change(path, Change.Kind.ADDED, null, b));
        } else if (b == null) {
            out.add(new Change(path, Change.Kind.REMOVED, a, null));
        } else if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(join(path, name), absentAsNull(a.get(name)), absentAsNull(b.get(name)), out);
            }
        } else if (a.isArray() && b.isArray() && keyOf(a, b) != null) {
            String identity = keyOf(a, b);
            Map<String, JsonNode> before = byKey(a, identity);
            Map<String, JsonNode> after = byKey(b, identity);
            Set<String> keys = new LinkedHashSet<>(before.keySet());
            keys.addAll(after.keySet());
            for (String key : keys) {
                compare(path + "[" + key + "]", before.get(key), after.get(key), out);
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                compare(path + "[" + i + "]", absentAsNull(a.get(i)), absentAsNull(b.get(i)), out);
            }
        } else if (!a.equals(NUMERIC_AWARE, b)) {
            out.add(new Change(path, Change.Kind.CHANGED, a, b));
        }
    }

    /** The identity member every element of both arrays carries, or null when they have none in common. */
    private static String keyOf(JsonNode a, JsonNode b) {
        for (String key : KEYS) {
            if (allHave(a, key) && allHave(b, key)) {
                return key;
            }
        }
        return null;
    }

    private static boolean allHave(JsonNode array, String key) {
        for (JsonNode element : array) {
            if (!element.isObject() || !element.hasNonNull(key)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byKey(JsonNode array, String key) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            JsonNode element = it.next();
            map.put(element.get(key).asText(), element);
        }
        return map;
    }

    private static JsonNode absentAsNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
