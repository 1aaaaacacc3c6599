package org.mdmhub.mdm.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/** Finds the {@link SourceRecords} of a record kind among those the domains provide. */
@ApplicationScoped
class SourceDomains {
    @Inject
    @Any
    Instance<SourceRecords> all;

    Optional<SourceRecords> of(String kind) {
        for (SourceRecords records : all) {
            if (records.kind().equals(kind)) {
                return Optional.of(records);
            }
        }
        return Optional.empty();
    }
}
