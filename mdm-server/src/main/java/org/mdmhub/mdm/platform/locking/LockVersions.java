package org.mdmhub.mdm.platform.locking;

import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * The one check behind every conditional update ({@code If-Match}): the caller must have seen the state it
 * changes. The JPA {@code @Version} catches a race between two writers inside the same instant; this catches the
 * far commoner case of a client that read the record a while ago and someone else saved since.
 */
public final class LockVersions {
    private LockVersions() {
    }

    /**
     * Refuses with 412 unless {@code expected} (from the caller's ETag) is {@code current}.
     *
     * @param record   the record as a message names it ("Item 4711/A")
     * @param shown    the version number people see, for the message
     */
    public static void requireSeen(long expected, long current, String record, long shown) {
        if (expected != current) {
            throw new MdmException(ProblemType.PRECONDITION_FAILED, record
                    + " has changed since you read it (version " + shown + " now); read it again");
        }
    }
}
