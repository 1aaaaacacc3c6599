package org.mdmhub.mdm.lifecycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.mdmhub.mdm.lifecycle.domain.GovernedRecords;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/** Finds the {@link GovernedRecords} of a domain among those the application provides. */
@ApplicationScoped
public class GovernedDomains {
    @Inject
    @Any
    Instance<GovernedRecords> all;

    public GovernedRecords of(RecordType type) {
        for (GovernedRecords records : all) {
            if (records.type() == type) {
                return records;
            }
        }
        throw new MdmException(ProblemType.BAD_PARAMETER, "Records of type " + type.name().toLowerCase()
                + " cannot go through change requests yet");
    }
}
