package org.mdmhub.mdm.item.domain;

import java.util.List;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

/** Engineering revision letters: A, B, … Z, AA, AB, … ZZ (the item schema allows one or two letters). */
public final class Revisions {
    private Revisions() {
    }

    public static String next(String revision) {
        if (revision.equals("ZZ")) {
            throw MdmException.validation(List.of(new FieldError("revision", "ZZ is the last revision")));
        }
        char[] letters = revision.toCharArray();
        int i = letters.length - 1;
        while (i >= 0 && letters[i] == 'Z') {
            letters[i] = 'A';
            i--;
        }
        if (i < 0) {
            return "A" + new String(letters);
        }
        letters[i]++;
        return new String(letters);
    }
}
