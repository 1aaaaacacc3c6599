package org.mdmhub.mdm.platform.paging;

import java.util.ArrayList;
import java.util.List;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/** Which page to read: zero-based {@code page}, and {@code size} between 1 and {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new MdmException(ProblemType.BAD_PARAMETER, "Invalid paging parameters", errors);
        }
    }

    public int offset() {
        return page * size;
    }
}
