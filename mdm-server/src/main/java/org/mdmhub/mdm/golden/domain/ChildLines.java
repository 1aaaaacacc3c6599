package org.mdmhub.mdm.golden.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * Replacing a record's child lines (BOM lines, a partner's addresses, contacts and bank accounts) with the list a
 * client sent: a line sent with its id is that line, changed in place, so history follows it across versions; a
 * line sent without one is new; a line not sent is removed. Ids are the server's: a client cannot invent one, nor
 * name one line twice — {@link #idErrors} says which entries do, in the words of the domain that asks.
 */
public final class ChildLines {
    private ChildLines() {
    }

    /** How a domain words the two ways an id can be wrong, as field-error messages. */
    public record IdMessages(String unknown, String repeated) {
    }

    /** Puts a value into a line, at its place in the list the client sent. */
    @FunctionalInterface
    public interface Update<L, V> {
        void apply(L line, V value, int index);
    }

    /**
     * Errors for the entries of {@code wanted} whose id names no line in {@code known}, or a line an earlier
     * entry named, as {@code field[i].id}; entries without id are new lines and always pass.
     */
    public static <V> List<FieldError> idErrors(String field, List<V> wanted, Function<V, UUID> idOf, Set<UUID> known,
                                                IdMessages messages) {
        Set<UUID> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            UUID id = idOf.apply(wanted.get(i));
            if (id == null) {
                continue;
            }
            if (!known.contains(id)) {
                errors.add(new FieldError(field + "[" + i + "].id", messages.unknown()));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(field + "[" + i + "].id", messages.repeated()));
            }
        }
        return errors;
    }

    /**
     * Makes {@code lines} hold {@code wanted}: kept lines are updated in place, new ones created and appended,
     * the rest removed. Ids must have passed {@link #idErrors}.
     */
    public static <V, L> void replace(List<L> lines, List<V> wanted, Function<V, UUID> idOf, Function<L, UUID> lineId,
                                      Supplier<L> newLine, Update<L, V> update) {
        Map<UUID, L> byId = lines.stream().collect(Collectors.toMap(lineId, Function.identity()));
        Set<L> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        List<L> added = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            V value = wanted.get(i);
            UUID id = idOf.apply(value);
            L line = id == null ? null : byId.get(id);
            if (line == null) {
                line = newLine.get();
                added.add(line);
            } else {
                kept.add(line);
            }
            update.apply(line, value, i);
        }
        // removed in place rather than cleared and refilled, so that Hibernate sees kept lines as updates
        lines.removeIf(line -> !kept.contains(line));
        lines.addAll(added);
    }
}
