package org.mdmhub.mdm.item.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.mdmhub.mdm.audit.AuditTrail;
import org.mdmhub.mdm.item.domain.Item;
import org.mdmhub.mdm.item.domain.ItemAttributes;
import org.mdmhub.mdm.item.domain.ItemRules;
import org.mdmhub.mdm.item.domain.Items;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntryKind;
import org.mdmhub.mdm.lifecycle.domain.GovernedRecords;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.PublishedRecord;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.quality.referencedata.Units;

/** Items under the common lifecycle: how they are submitted, routed, released and changed once released. */
@ApplicationScoped
@Transactional
public class ItemGovernance implements GovernedRecords {

    @Inject
    Clock clock;
    @Inject Items items;
    @Inject Units units;
    @Inject JsonSchemas schemas;
    @Inject AuditTrail auditTrail;

    @Override
    public RecordType type() {
        return RecordType.ITEM;
    }

    @Override
    public String describe(UUID id) {
        return "item " + item(id).businessKey();
    }

    @Override
    public LifecycleState state(UUID id) {
        return item(id).state();
    }

    @Override
    public void transition(UUID id, Transition transition) {
        item(id).transition(transition, clock.instant());
    }

    @Override
    public String validateProposal(UUID id, String proposedDocument) {
        Item item = item(id);
        if (!item.state().isReleased()) {
            throw new MdmException(ProblemType.ILLEGAL_TRANSITION, "Item "
                    + item.businessKey() + " is " + item.state() + ": only released items take a change request; edit the draft instead");
        }
        ItemAttributes proposed = parse(proposedDocument);
        if (!proposed.itemNumber().equals(item.attributes().itemNumber()) || !proposed.revision().equals(item.attributes().revision())) {
            throw MdmException.validation(List.of(new FieldError("itemNumber", "number and revision of a released item cannot change")));
        }
        requireValid(proposed);
        return write(ItemDocument.of(proposed));
    }

    @Override
    public List<RecordRef> release(ChangeEntry entry) {
        Item item = item(entry.record().id());
        Instant now = clock.instant();
        if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
            requireReleasable(item.attributes());
            item.transition(Transition.RELEASE, now);
            // releasing a new revision supersedes the revision released before it
            List<Item> previous = items.releasedRevisions(item.attributes().itemNumber(), item.id());
            previous.forEach(p -> p.transition(Transition.SUPERSEDE, now));
            return previous.stream().map(p -> new RecordRef(RecordType.ITEM, p.id())).toList();
        }
        if (entry.kind() == ChangeEntryKind.CHANGE) {
            ItemAttributes proposed = parse(entry.proposed().orElseThrow());
            requireReleasable(proposed);
            item.applyApprovedChange(proposed, now);
        } else {
            item.transition(entry.kind().transition().orElseThrow(), now);
        }
        return List.of();
    }

    /** Facets: item type, category and the plants the item is extended to. */
    @Override
    public PublishedRecord published(UUID id) {
        Item item = item(id);
        ItemAttributes a = item.attributes();
        Map<String, List<String>> facets = new TreeMap<>();
        facets.put("itemType", List.of(a.type().name().toLowerCase(Locale.ROOT)));
        facets.put("plant", item.plantExtensions().stream().map(p -> p.plant()).sorted().toList());
        if (a.category() != null) {
            facets.put("category", List.of(a.category()));
        }
        return new PublishedRecord(new RecordRef(RecordType.ITEM, id), item.businessKey(), item.state(), item.version(),
                write(ItemDocument.of(a)), facets, Set.of());
    }

    @Override
    public Set<String> authors(ChangeEntry entry, String changeRequestAuthor) {
        Set<String> authors = new TreeSet<>(Set.of(changeRequestAuthor));
        if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
            authors.addAll(auditTrail.authorsOf(Item.class, entry.record().id()));
        }
        return authors;
    }

    @Override
    public Map<String, Object> routingFacts(ChangeEntry entry) {
        ItemAttributes attributes = entry.kind() == ChangeEntryKind.CHANGE
                ? parse(entry.proposed().orElseThrow()) : item(entry.record().id()).attributes();
        return Map.of("domain", "item", "itemType", attributes.type().name().toLowerCase(Locale.ROOT),
                "change", entry.kind().name().toLowerCase(Locale.ROOT), "bankChange", false, "creditRaise", 0);
    }

    private Item item(UUID id) {
        return items.byId(id).orElseThrow(() -> MdmException.notFound("Item " + id));
    }

    /**
     * The rules again at release (reference data may have changed since the draft was saved), plus one that
     * only released data must obey: a GTIN identifies one trade item, so no two released items of different
     * numbers share it. Drafts may (duplicate detection shows them to a steward).
     */
    private void requireReleasable(ItemAttributes attributes) {
        requireValid(attributes);
        if (attributes.gtin() != null) {
            items.releasedWithGtin(attributes.gtin(), attributes.itemNumber()).ifPresent(other -> {
                throw new MdmException(ProblemType.VALIDATION_FAILED, "Item " + attributes.businessKey() + ": GTIN "
                        + attributes.gtin() + " is already used by released item " + other.businessKey(),
                        List.of(new FieldError("gtin", "already used by released item " + other.businessKey())));
            });
        }
    }

    private void requireValid(ItemAttributes attributes) {
        List<FieldError> errors = ItemRules.violations(attributes, units);
        if (!errors.isEmpty()) {
            throw new MdmException(ProblemType.VALIDATION_FAILED,
                    "Item " + attributes.businessKey() + ": " + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
    }

    private ItemAttributes parse(String document) {
        try {
            JsonNode node = Json.mapper().readTree(document);
            return schemas.read(SchemaName.ITEM_V1, node, ItemDocument.class).toAttributes();
        } catch (JsonProcessingException e) {
            throw new MdmException(ProblemType.MALFORMED_REQUEST, "The proposed item is not JSON");
        }
    }

    private static String write(ItemDocument document) {
        try {
            return Json.mapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
