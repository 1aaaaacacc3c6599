package org.mdmhub.mdm.item.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.mdmhub.mdm.item.domain.ItemRules;
import org.mdmhub.mdm.quality.referencedata.Units;

/** Hands the use cases the {@link ItemRules} value the aggregate's verbs are given, over the reference data they read. */
@ApplicationScoped
class ItemRulesProducer {
    @Inject
    Units units;

    @Produces
    ItemRules rules() {
        return new ItemRules(units);
    }
}
