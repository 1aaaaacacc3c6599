package org.mdmhub.mdm.platform.rest;

import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * The HTTP status each kind of problem is answered with. This is the only place that knows it: the domain and
 * the use cases name what went wrong ({@link ProblemType}), the edge decides how HTTP says it. The switch has no
 * default, so a new kind does not compile until it has a status.
 */
public final class ProblemStatus {
    private ProblemStatus() {
    }

    public static int of(ProblemType type) {
        return switch (type) {
            case VALIDATION_FAILED, MALFORMED_REQUEST, BAD_PARAMETER -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case NOT_ACCEPTABLE -> 406;
            case CONFLICT, ILLEGAL_TRANSITION -> 409;
            case PRECONDITION_FAILED -> 412;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case PRECONDITION_REQUIRED -> 428;
            case INTERNAL_ERROR -> 500;
            case TARGET_UNAVAILABLE -> 502;
            case SERVICE_UNAVAILABLE, OUTCOME_UNKNOWN -> 503;
        };
    }
}
