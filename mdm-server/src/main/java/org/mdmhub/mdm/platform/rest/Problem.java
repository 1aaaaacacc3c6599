package org.mdmhub.mdm.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * An RFC 9457 problem document, as it goes on the wire. {@code errors} lists field errors for validation problems.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), ProblemStatus.of(type), detail, instance, errors);
    }
}
