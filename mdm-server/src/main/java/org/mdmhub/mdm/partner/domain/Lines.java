package org.mdmhub.mdm.partner.domain;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mdmhub.mdm.golden.domain.ChildLines;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * A partner's lists of lines (addresses, contacts, bank accounts) through {@link ChildLines}, worded for partners
 * and kept in the steward's order.
 */
final class Lines {
    private Lines() {
    }

    /** Errors for ids in {@code wanted} that name no line of {@code current}, or a line named before. */
    static <V> List<FieldError> idErrors(String field, String what, List<V> wanted, Function<V, UUID> idOf,
                                         List<? extends PartnerLine<V>> current) {
        return ChildLines.idErrors(field, wanted, idOf, current.stream().map(PartnerLine::id).collect(Collectors.toSet()),
                new ChildLines.IdMessages("no " + what + " of this record has this id; leave id out for a new " + what,
                        "names the same " + what + " as an earlier entry"));
    }

    /** Makes {@code lines} hold {@code wanted}, in its order; ids must have passed {@link #idErrors}. */
    static <V, L extends PartnerLine<V>> void replace(List<L> lines, List<V> wanted, Function<V, UUID> idOf,
                                                      Supplier<L> newLine) {
        ChildLines.replace(lines, wanted, idOf, PartnerLine::id, newLine, (line, value, i) -> line.update(value, i));
        lines.sort(Comparator.comparingInt(PartnerLine::position));
    }

    /** The values of {@code lines} in the steward's order (Envers does not apply @OrderBy to history). */
    static <V> List<V> values(List<? extends PartnerLine<V>> lines) {
        return lines.stream().sorted(Comparator.comparingInt(PartnerLine::position)).map(PartnerLine::value).toList();
    }
}
