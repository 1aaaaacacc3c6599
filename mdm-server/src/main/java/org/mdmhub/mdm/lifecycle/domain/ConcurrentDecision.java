package org.mdmhub.mdm.lifecycle.domain;

import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * The workflow refused a decision because the same change request's process was changed by another
 * transaction at the same moment. Nothing of the decision was kept, so it can be taken again as it was.
 */
public class ConcurrentDecision extends MdmException {
    public ConcurrentDecision() {
        super(ProblemType.CONFLICT, "Another decision on this change request was saved at the same moment; "
                + "nothing was changed by yours, try again");
    }
}
