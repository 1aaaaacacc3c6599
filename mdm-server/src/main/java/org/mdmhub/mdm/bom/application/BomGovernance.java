package org.mdmhub.mdm.bom.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.mdmhub.mdm.bom.domain.Bom;
import org.mdmhub.mdm.bom.domain.BomAttributes;
import org.mdmhub.mdm.bom.domain.BomLineAttributes;
import org.mdmhub.mdm.bom.domain.BomReferences;
import org.mdmhub.mdm.bom.domain.BomRules;
import org.mdmhub.mdm.bom.domain.Boms;
import org.mdmhub.mdm.bom.domain.ItemRef;
import org.mdmhub.mdm.bom.domain.ItemRevision;
import org.mdmhub.mdm.golden.application.ProposalCodec;
import org.mdmhub.mdm.golden.application.RecordGovernance;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;
import org.mdmhub.mdm.lifecycle.domain.PublishedRecord;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * BOMs under the common lifecycle. A released BOM changes by its next revision (POST /boms/{id}/revisions),
 * as in PLM, not by a proposal in place. At release every component must be released — not blocked, not
 * obsolete — and releasing a BOM revision supersedes the one released before it.
 */
@ApplicationScoped
@Transactional
public class BomGovernance extends RecordGovernance<Bom, BomAttributes> {

    @Inject Boms boms;
    @Inject BomRules rules;
    @Inject BomReferences references;
    @Inject JsonSchemas schemas;

    private ProposalCodec<BomDocument, BomAttributes> documents;

    @PostConstruct
    void init() {
        documents = new ProposalCodec<>(schemas, SchemaName.BOM_V1, BomDocument.class, BomDocument::toAttributes,
                BomDocument::of, "BOM");
    }

    @Override
    public RecordType type() {
        return RecordType.BOM;
    }

    @Override
    protected Class<Bom> recordClass() {
        return Bom.class;
    }

    @Override
    protected String noun() {
        return "BOM";
    }

    @Override
    protected Optional<Bom> find(UUID id) {
        return boms.byId(id);
    }

    @Override
    protected ProposalCodec<BomDocument, BomAttributes> proposals() {
        return documents;
    }

    @Override
    public String validateProposal(UUID id, String proposedDocument) {
        throw new MdmException(ProblemType.ILLEGAL_TRANSITION, describe(id)
                + ": a released BOM changes by its next revision (POST /api/v1/boms/" + id + "/revisions), not in place");
    }

    @Override
    protected BomAttributes acceptProposal(Bom bom, BomAttributes proposed) {
        throw new IllegalStateException("a BOM takes no change request: validateProposal refuses every proposal");
    }

    @Override
    protected void requireValid(BomAttributes proposed) {
        throw new IllegalStateException("a BOM takes no change request: validateProposal refuses every proposal");
    }

    @Override
    protected void applyChange(Bom bom, BomAttributes proposed, Instant now) {
        throw new IllegalStateException("a BOM takes no change request, so no change of " + bom.businessKey() + " is approved");
    }

    /** The rules again, every component released; then the BOM revision released before this one is superseded. */
    @Override
    protected List<RecordRef> releaseNew(Bom bom, Instant now) {
        bom.release(rules, now);
        List<Bom> previous = boms.releasedRevisions(bom.attributes().parent(), bom.id());
        previous.forEach(p -> p.transition(Transition.SUPERSEDE, now));
        return previous.stream().map(p -> new RecordRef(RecordType.BOM, p.id())).toList();
    }

    /**
     * A BOM requires its parent item and every component at a target first. A floating line is published
     * with the component revision released now; facets are the BOM's plants and type.
     */
    @Override
    protected PublishedRecord published(Bom bom) {
        BomAttributes a = bom.attributes();
        List<String> numbers = new ArrayList<>(a.lines().stream().map(l -> l.component().itemNumber()).toList());
        numbers.add(a.parent().itemNumber());
        Map<ItemRef, UUID> ids = references.itemIds(numbers.stream().distinct().toList());
        Map<String, List<ItemRevision>> revisions = references.itemRevisions(numbers.stream().distinct().toList());
        Set<UUID> requires = new LinkedHashSet<>();
        Optional.ofNullable(ids.get(a.parent())).ifPresent(requires::add);
        for (BomLineAttributes line : a.lines()) {
            String revision = line.component().pinned() ? line.component().revision()
                    : ItemRevision.floatingTarget(revisions.getOrDefault(line.component().itemNumber(), List.of()))
                            .map(ItemRevision::revision).orElse(null);
            Optional.ofNullable(revision).map(r -> ids.get(new ItemRef(line.component().itemNumber(), r)))
                    .ifPresent(requires::add);
        }
        Map<String, List<String>> facets = new TreeMap<>(Map.of("bomType", List.of(a.type().name().toLowerCase(Locale.ROOT))));
        if (!a.plants().isEmpty()) { // a BOM for every plant matches every plant filter
            facets.put("plant", a.plants());
        }
        return new PublishedRecord(new RecordRef(RecordType.BOM, bom.id()), bom.businessKey(), bom.state(), bom.version(),
                documents.write(a), facets, requires);
    }

    @Override
    protected Map<String, Object> routingFacts(Bom bom, ChangeEntry entry, Optional<BomAttributes> proposed) {
        return Map.of("domain", "bom", "itemType", "", "change", entry.kind().name().toLowerCase(Locale.ROOT),
                "bankChange", false, "creditRaise", 0);
    }
}
