package org.mdmhub.mdm.item.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.mdmhub.mdm.golden.application.ProposalCodec;
import org.mdmhub.mdm.golden.application.RecordGovernance;
import org.mdmhub.mdm.item.domain.Item;
import org.mdmhub.mdm.item.domain.ItemAttributes;
import org.mdmhub.mdm.item.domain.ItemRules;
import org.mdmhub.mdm.item.domain.Items;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;
import org.mdmhub.mdm.lifecycle.domain.PublishedRecord;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * Items under the common lifecycle. Their own parts: a change keeps number and revision; releasing a revision
 * supersedes the revision released before it; and released items of different numbers never share a GTIN.
 */
@ApplicationScoped
@Transactional
public class ItemGovernance extends RecordGovernance<Item, ItemAttributes> {

    @Inject Items items;
    @Inject ItemRules rules;
    @Inject JsonSchemas schemas;

    private ProposalCodec<ItemDocument, ItemAttributes> proposals;

    @PostConstruct
    void init() {
        proposals = new ProposalCodec<>(schemas, SchemaName.ITEM_V1, ItemDocument.class, ItemDocument::toAttributes,
                ItemDocument::of, "item");
    }

    @Override
    public RecordType type() {
        return RecordType.ITEM;
    }

    @Override
    protected Class<Item> recordClass() {
        return Item.class;
    }

    @Override
    protected String noun() {
        return "item";
    }

    @Override
    protected Optional<Item> find(UUID id) {
        return items.byId(id);
    }

    @Override
    protected ProposalCodec<ItemDocument, ItemAttributes> proposals() {
        return proposals;
    }

    @Override
    protected ItemAttributes acceptProposal(Item item, ItemAttributes proposed) {
        if (!proposed.itemNumber().equals(item.attributes().itemNumber()) || !proposed.revision().equals(item.attributes().revision())) {
            throw MdmException.validation(List.of(new FieldError("itemNumber", "number and revision of a released item cannot change")));
        }
        return proposed;
    }

    @Override
    protected void requireValid(ItemAttributes proposed) {
        rules.require(proposed);
    }

    @Override
    protected List<RecordRef> releaseNew(Item item, Instant now) {
        item.release(rules, now);
        requireUniqueGtin(item.attributes());
        // releasing a new revision supersedes the revision released before it
        List<Item> previous = items.releasedRevisions(item.attributes().itemNumber(), item.id());
        previous.forEach(p -> p.transition(Transition.SUPERSEDE, now));
        return previous.stream().map(p -> new RecordRef(RecordType.ITEM, p.id())).toList();
    }

    @Override
    protected void applyChange(Item item, ItemAttributes proposed, Instant now) {
        item.applyApprovedChange(proposed, rules, now);
        requireUniqueGtin(proposed);
    }

    /** Facets: item type, category and the plants the item is extended to. */
    @Override
    protected PublishedRecord published(Item item) {
        ItemAttributes a = item.attributes();
        Map<String, List<String>> facets = new TreeMap<>();
        facets.put("itemType", List.of(a.type().name().toLowerCase(Locale.ROOT)));
        facets.put("plant", item.plantExtensions().stream().map(p -> p.plant()).sorted().toList());
        if (a.category() != null) {
            facets.put("category", List.of(a.category()));
        }
        return new PublishedRecord(new RecordRef(RecordType.ITEM, item.id()), item.businessKey(), item.state(), item.version(),
                proposals.write(a), facets, Set.of());
    }

    @Override
    protected Map<String, Object> routingFacts(Item item, ChangeEntry entry, Optional<ItemAttributes> proposed) {
        ItemAttributes attributes = proposed.orElse(item.attributes());
        return Map.of("domain", "item", "itemType", attributes.type().name().toLowerCase(Locale.ROOT),
                "change", entry.kind().name().toLowerCase(Locale.ROOT), "bankChange", false, "creditRaise", 0);
    }

    /**
     * A rule only released data must obey: a GTIN identifies one trade item, so no two released items of
     * different numbers share it. Drafts may (duplicate detection shows them to a steward).
     */
    private void requireUniqueGtin(ItemAttributes attributes) {
        if (attributes.gtin() != null) {
            items.releasedWithGtin(attributes.gtin(), attributes.itemNumber()).ifPresent(other -> {
                throw new MdmException(ProblemType.VALIDATION_FAILED, "Item " + attributes.businessKey() + ": GTIN "
                        + attributes.gtin() + " is already used by released item " + other.businessKey(),
                        List.of(new FieldError("gtin", "already used by released item " + other.businessKey())));
            });
        }
    }
}
