package org.mdmhub.mdm.bom.domain;

import java.util.Comparator;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * Revision letters as engineering uses them for items and BOMs: A, B, … Z, then AA, AB, … ZZ. A longer
 * revision is always newer (Z comes before AA), which plain string order would get wrong.
 */
public final class Revisions {
    /** Oldest first. */
    public static final Comparator<String> ORDER = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private Revisions() {
    }

    /** The revision after {@code revision}: B after A, AA after Z, BA after AZ. */
    public static String next(String revision) {
        char[] letters = revision.toCharArray();
        for (int i = letters.length - 1; i >= 0; i--) {
            if (letters[i] < 'Z') {
                letters[i]++;
                return new String(letters);
            }
            letters[i] = 'A';
        }
        if (revision.length() >= 2) {
            throw new MdmException(ProblemType.CONFLICT, "Revision " + revision + " is the last one (revisions run from A to ZZ)");
        }
        return "A" + new String(letters);
    }
}
