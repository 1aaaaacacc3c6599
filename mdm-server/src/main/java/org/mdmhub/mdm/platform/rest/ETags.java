package org.mdmhub.mdm.platform.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * Entity tags for optimistic locking: a record's ETag is its lock version. Updates must send it back in
 * {@code If-Match}; a missing header is refused (428) so that no client overwrites blindly, a weak one (412)
 * because a conditional write needs the strong comparison.
 */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long lockVersion) {
        return new EntityTag(Long.toString(lockVersion));
    }

    /** A record's current state with its ETag, or 304 Not Modified when the client's If-None-Match matches it. */
    public static Response current(Request request, long lockVersion, Object view) {
        EntityTag tag = of(lockVersion);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return (notModified != null ? notModified : Response.ok(view)).tag(tag).build();
    }

    /** The lock version the client expects, read from its {@code If-Match} header. */
    public static long requireIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MdmException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the record's ETag in If-Match (read the record first)");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            // RFC 9110 13.1.1: If-Match uses the strong comparison, which a weak validator never satisfies
            throw new MdmException(ProblemType.PRECONDITION_FAILED,
                    "If-Match must carry the record's strong ETag; a weak validator (W/...) never matches");
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new MdmException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch + " is not a current ETag of this record");
        }
    }
}
