package org.mdmhub.mdm.bom.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.mdmhub.mdm.bom.domain.BomReferences;
import org.mdmhub.mdm.bom.domain.BomRules;

/** Hands the use cases the {@link BomRules} value the aggregate's verbs are given, over the reference data they read. */
@ApplicationScoped
class BomRulesProducer {
    @Inject
    BomReferences references;

    @Produces
    BomRules rules() {
        return new BomRules(references);
    }
}
