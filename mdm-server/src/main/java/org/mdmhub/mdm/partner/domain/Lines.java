package org.mdmhub.mdm.partner.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * Replacing a partner's list of lines with the list a client sent: a line sent with its id is that line,
 * changed in place; a line sent without one is new; a line not sent is removed. Ids are the server's: a
 * client cannot invent one, nor name one line twice.
 */
final class Lines {
    private Lines() {
    }

    /** Errors for ids in {@code wanted} that name no line of {@code current}, or a line named before. */
    static <V> List<FieldError> idErrors(String field, String what, List<V> wanted, Function<V, UUID> idOf,
                                         List<? extends PartnerLine<V>> current) {
        Set<UUID> known = current.stream().map(PartnerLine::id).collect(Collectors.toSet());
        Set<UUID> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            UUID id = idOf.apply(wanted.get(i));
            if (id == null) {
                continue;
            }
            if (!known.contains(id)) {
                errors.add(new FieldError(field + "[" + i + "].id", "no " + what + " of this record has this id;"
                        + " leave id out for a new " + what));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(field + "[" + i + "].id", "names the same " + what + " as an earlier entry"));
            }
        }
        return errors;
    }

    /** Makes {@code lines} hold {@code wanted}, in its order; ids must have passed {@link #idErrors}. */
    static <V, L extends PartnerLine<V>> void replace(List<L> lines, List<V> wanted, Function<V, UUID> idOf,
                                                      java.util.function.Supplier<L> newLine) {
        Map<UUID, L> byId = lines.stream().collect(Collectors.toMap(PartnerLine::id, Function.identity()));
        Set<L> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < wanted.size(); i++) {
            V value = wanted.get(i);
            UUID id = idOf.apply(value);
            L line = id == null ? null : byId.get(id);
            if (line == null) {
                line = newLine.get();
                lines.add(line);
            }
            line.update(value, i);
            kept.add(line);
        }
        // removed in place rather than cleared and refilled, so that Hibernate sees kept lines as updates
        lines.removeIf(line -> !kept.contains(line));
        lines.sort(Comparator.comparingInt(PartnerLine::position));
    }

    /** The values of {@code lines} in the steward's order (Envers does not apply @OrderBy to history). */
    static <V> List<V> values(List<? extends PartnerLine<V>> lines) {
        return lines.stream().sorted(Comparator.comparingInt(PartnerLine::position)).map(PartnerLine::value).toList();
    }
}
