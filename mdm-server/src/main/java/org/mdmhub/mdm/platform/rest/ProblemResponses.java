package org.mdmhub.mdm.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.ProblemType;

/** Builds {@code application/problem+json} responses; used by every exception mapper. */
final class ProblemResponses {
    static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {
    }

    static Response of(ProblemType type, String detail, UriInfo uri, List<FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        return Response.status(ProblemStatus.of(type))
                .type(PROBLEM_JSON)
                .entity(Problem.of(type, detail, instance, errors))
                .build();
    }
}
