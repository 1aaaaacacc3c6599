package org.mdmhub.mdm.platform.rest;

import java.util.UUID;
import org.mdmhub.mdm.platform.problem.MdmException;

/** Golden ids in paths: anything that is not a UUID names no record (404, like an unknown UUID). */
public final class PathIds {
    private PathIds() {
    }

    public static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw MdmException.notFound(what + " " + id);
        }
    }
}
