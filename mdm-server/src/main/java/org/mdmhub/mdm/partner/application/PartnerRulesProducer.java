package org.mdmhub.mdm.partner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.mdmhub.mdm.partner.domain.PartnerRules;
import org.mdmhub.mdm.partner.domain.ReferenceCodes;

/** Hands the use cases the {@link PartnerRules} value the aggregate's verbs are given, over the reference data they read. */
@ApplicationScoped
class PartnerRulesProducer {
    @Inject
    ReferenceCodes codes;

    @Produces
    PartnerRules rules() {
        return new PartnerRules(codes);
    }
}
