package org.mdmhub.mdm.lifecycle.api;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.mdmhub.mdm.lifecycle.application.GovernedDomains;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;

/**
 * Each entry's stored proposal as one caller may read it. The lifecycle does not know what is sensitive in a
 * record; the entry's domain does ({@code GovernedRecords.maskSensitive}): a supplier's IBANs are masked for
 * everyone but finance and admins, as in the supplier API.
 */
record ProposalReader(GovernedDomains domains, boolean showSensitive) {

    static ProposalReader forCaller(GovernedDomains domains, SecurityContext caller) {
        return new ProposalReader(domains, Callers.seesSensitiveData(caller));
    }

    Optional<String> proposed(ChangeEntry entry) {
        return entry.proposed().map(document -> showSensitive
                ? document : domains.of(entry.record().type()).maskSensitive(document));
    }
}
