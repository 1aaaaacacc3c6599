package org.mdmhub.mdm.publication.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * Which item revisions a published BOM means: its parent by (item number, revision), each line's component
 * by (item number, revision) when pinned, and a floating line by the revision among the event's
 * {@code requires} (the one released when the BOM was published).
 */
final class BomItems {

    /** The golden ids of one BOM's parent and of each line's component (by line id). */
    record Resolved(UUID parent, Map<UUID, UUID> components) {
    }

    private final Map<ItemNumberRevision, UUID> revisions;

    private BomItems(Map<ItemNumberRevision, UUID> revisions) {
        this.revisions = revisions;
    }

    /** Looks up every item number the BOMs name, in one query. */
    static BomItems of(ItemKeys itemKeys, Collection<JsonNode> boms) {
        Set<String> numbers = new HashSet<>();
        for (JsonNode bom : boms) {
            numbers.add(bom.path("parent").path("itemNumber").asText());
            bom.path("lines").forEach(l -> numbers.add(l.path("component").path("itemNumber").asText()));
        }
        return new BomItems(numbers.isEmpty() ? Map.of() : itemKeys.revisions(numbers));
    }

    /** @throws MappingException when a parent or component is not a known item revision */
    Resolved resolve(ReleaseEvent event, JsonNode bom) {
        JsonNode parent = bom.path("parent");
        UUID parentId = pinned(parent.path("itemNumber").asText(), parent.path("revision").asText(), "parent");
        Map<UUID, UUID> components = new LinkedHashMap<>();
        for (JsonNode line : Odoo17Mapping.lines(bom)) {
            JsonNode component = line.path("component");
            String number = component.path("itemNumber").asText();
            components.put(Odoo17Mapping.lineId(line), component.hasNonNull("revision")
                    ? pinned(number, component.get("revision").asText(), "component")
                    : floating(number, event.requires()));
        }
        return new Resolved(parentId, components);
    }

    private UUID pinned(String number, String revision, String role) {
        UUID id = revisions.get(new ItemNumberRevision(number, revision));
        if (id == null) {
            throw new MappingException("the " + role + " " + number + "/" + revision + " is not an item of the hub");
        }
        return id;
    }

    private UUID floating(String number, Set<UUID> requires) {
        List<UUID> candidates = revisions.entrySet().stream()
                .filter(e -> e.getKey().itemNumber().equals(number) && requires.contains(e.getValue()))
                .map(Map.Entry::getValue).toList();
        if (candidates.size() != 1) {
            throw new MappingException("the floating component " + number + " resolves to " + candidates.size()
                    + " of the revisions the event requires (expected exactly one)");
        }
        return candidates.get(0);
    }
}
