package org.mdmhub.mdm.archfixture.domain;

import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.platform.rest.ProblemStatus;

/** Breaks httpStatusesOnlyAtTheEdge: a domain class that decides an HTTP status. */
public class AggregateChoosingAStatus {
    public int refusal() {
        return ProblemStatus.of(ProblemType.CONFLICT);
    }
}
