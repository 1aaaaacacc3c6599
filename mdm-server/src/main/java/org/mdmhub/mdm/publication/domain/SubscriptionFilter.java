package org.mdmhub.mdm.publication.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which records of its domains a subscription wants, as facet → accepted values, e.g.
 * {@code {"itemType": ["finished", "subassembly"], "plant": ["P100"]}}. A record matches when, for every facet
 * it has, one of its values is accepted; a facet the record does not have (a supplier has no item type, a BOM
 * for every plant has no plant) does not exclude it. An empty filter takes everything.
 */
public record SubscriptionFilter(Map<String, List<String>> accepted) {

    /** The facets records carry (see each domain's {@code published}); a filter naming another is refused. */
    public static final Set<String> FACETS = Set.of("itemType", "plant", "category", "bomType", "country");

    public static final SubscriptionFilter ALL = new SubscriptionFilter(Map.of());

    public SubscriptionFilter {
        accepted = Map.copyOf(accepted);
    }

    public boolean matches(Map<String, List<String>> facets) {
        return accepted.entrySet().stream().allMatch(rule -> {
            List<String> values = facets.get(rule.getKey());
            return values == null || values.stream().anyMatch(rule.getValue()::contains);
        });
    }
}
