package org.mdmhub.mdm.platform.problem;

import java.util.List;

/**
 * Base of every error the application reports on purpose. It names its {@link ProblemType}, so that one
 * mapper at the edge turns any of them into a problem document; the domain never deals with HTTP.
 */
public class MdmException extends RuntimeException {
    private final ProblemType type;
    private final List<FieldError> errors;

    public MdmException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public MdmException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() { return type; }
    public List<FieldError> errors() { return errors; }

    public static MdmException validation(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new MdmException(ProblemType.VALIDATION_FAILED, detail, errors);
    }

    /** Refuses a request that breaks any rule: nothing happens when {@code errors} is empty. */
    public static void refuseAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw validation(errors);
        }
    }

    public static MdmException notFound(String what) {
        return new MdmException(ProblemType.NOT_FOUND, what + " does not exist");
    }
}
