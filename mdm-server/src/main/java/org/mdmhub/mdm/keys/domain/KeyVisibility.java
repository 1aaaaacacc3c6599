package org.mdmhub.mdm.keys.domain;

import java.util.Objects;
import java.util.Optional;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * Which keys a caller may see. People who steward the data see every system; a source system's service account
 * sees only its own: it may resolve only its own keys, and by golden id it sees only records that came from it, with
 * only their keys there — any other record is, for it, not there.
 *
 * @param onlySystem the one system the caller may see; null: every system
 */
public record KeyVisibility(String onlySystem) {

    public static KeyVisibility everySystem() {
        return new KeyVisibility(null);
    }

    public static KeyVisibility only(String system) {
        return new KeyVisibility(Objects.requireNonNull(system));
    }

    /** Refuses (forbidden) a lookup of another system's key. */
    public void requireMayResolve(String system) {
        if (onlySystem != null && !onlySystem.equals(system)) {
            throw new MdmException(ProblemType.FORBIDDEN, "Only keys of system " + onlySystem + " may be looked up");
        }
    }

    /** The keys of a record as this caller sees them; empty when the record is not the caller's to see. */
    public Optional<RecordKeys> apply(RecordKeys keys) {
        if (onlySystem == null) {
            return Optional.of(keys);
        }
        if (keys.source() == null || !keys.source().system().equals(onlySystem)) {
            return Optional.empty();
        }
        return Optional.of(keys.onlyIn(onlySystem));
    }
}
