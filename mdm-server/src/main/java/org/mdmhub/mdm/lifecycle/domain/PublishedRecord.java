package org.mdmhub.mdm.lifecycle.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A record as it leaves the hub: its document in the domain's published JSON shape
 * ({@code schemas/v1/<domain>.schema.json}), with what subscriptions filter and order on.
 *
 * @param record      type and golden id
 * @param businessKey e.g. "100-200/A", for people reading delivery logs
 * @param state       the lifecycle state it is published in
 * @param version     the record's version number
 * @param document    the published JSON, in clear (masking for a subscriber is the publisher's job)
 * @param facets      filterable facts, e.g. {@code itemType → [finished]}, {@code plant → [P100, P200]},
 *                    {@code country → [DE]}
 * @param requires    items that must reach a target before this record: a BOM's parent and components,
 *                    floating lines resolved to the revision released now
 */
public record PublishedRecord(
        RecordRef record,
        String businessKey,
        LifecycleState state,
        int version,
        String document,
        Map<String, List<String>> facets,
        Set<UUID> requires) {

    public PublishedRecord {
        Objects.requireNonNull(record);
        Objects.requireNonNull(state);
        Objects.requireNonNull(document);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        requires = requires == null ? Set.of() : Set.copyOf(requires);
    }
}
