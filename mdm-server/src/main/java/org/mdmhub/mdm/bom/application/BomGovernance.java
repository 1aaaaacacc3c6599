package org.mdmhub.mdm.bom.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.mdmhub.mdm.audit.AuditTrail;
import org.mdmhub.mdm.bom.domain.Bom;
import org.mdmhub.mdm.bom.domain.BomAttributes;
import org.mdmhub.mdm.bom.domain.BomLineAttributes;
import org.mdmhub.mdm.bom.domain.BomReferences;
import org.mdmhub.mdm.bom.domain.BomRules;
import org.mdmhub.mdm.bom.domain.Boms;
import org.mdmhub.mdm.bom.domain.ItemRef;
import org.mdmhub.mdm.bom.domain.ItemRevision;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntryKind;
import org.mdmhub.mdm.lifecycle.domain.GovernedRecords;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.PublishedRecord;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * BOMs under the common lifecycle. A released BOM changes by its next revision (POST /boms/{id}/revisions),
 * as in PLM, not by a proposal in place. At release every component must be released — not blocked, not
 * obsolete — and releasing a BOM revision supersedes the one released before it.
 */
@ApplicationScoped
@Transactional
public class BomGovernance implements GovernedRecords {

    @Inject
    Clock clock;
    @Inject Boms boms;
    @Inject BomReferences references;
    @Inject AuditTrail auditTrail;

    @Override
    public RecordType type() {
        return RecordType.BOM;
    }

    @Override
    public String describe(UUID id) {
        return "BOM " + bom(id).businessKey();
    }

    @Override
    public LifecycleState state(UUID id) {
        return bom(id).state();
    }

    @Override
    public void transition(UUID id, Transition transition) {
        bom(id).transition(transition, clock.instant());
    }

    @Override
    public String validateProposal(UUID id, String proposedDocument) {
        throw new MdmException(ProblemType.ILLEGAL_TRANSITION, describe(id)
                + ": a released BOM changes by its next revision (POST /api/v1/boms/" + id + "/revisions), not in place");
    }

    @Override
    public List<RecordRef> release(ChangeEntry entry) {
        Bom bom = bom(entry.record().id());
        Instant now = clock.instant();
        if (entry.kind() != ChangeEntryKind.NEW_RECORD) {
            bom.transition(entry.kind().transition().orElseThrow(), now);
            return List.of();
        }
        BomAttributes attributes = bom.attributes();
        List<FieldError> errors = new ArrayList<>(BomRules.violations(attributes, bom.id(), references));
        errors.addAll(unreleasedComponents(attributes));
        if (!errors.isEmpty()) {
            throw new MdmException(ProblemType.VALIDATION_FAILED, "BOM " + bom.businessKey() + ": "
                    + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
        bom.transition(Transition.RELEASE, now);
        List<Bom> previous = boms.releasedRevisions(attributes.parent(), bom.id());
        previous.forEach(p -> p.transition(Transition.SUPERSEDE, now));
        return previous.stream().map(p -> new RecordRef(RecordType.BOM, p.id())).toList();
    }

    /**
     * A BOM requires its parent item and every component at a target first. A floating line is published
     * with the component revision released now; facets are the BOM's plants and type.
     */
    @Override
    public PublishedRecord published(UUID id) {
        Bom bom = bom(id);
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
        return new PublishedRecord(new RecordRef(RecordType.BOM, id), bom.businessKey(), bom.state(), bom.version(),
                Json.write(BomDocument.of(a)), facets, requires);
    }

    /** Lines whose component is not released: a pinned revision must be RELEASED, a floating line needs a released revision. */
    private List<FieldError> unreleasedComponents(BomAttributes attributes) {
        Map<String, List<ItemRevision>> revisions = references.itemRevisions(
                attributes.lines().stream().map(l -> l.component().itemNumber()).distinct().toList());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < attributes.lines().size(); i++) {
            BomLineAttributes line = attributes.lines().get(i);
            String field = "lines[" + i + "].component";
            List<ItemRevision> known = revisions.getOrDefault(line.component().itemNumber(), List.of());
            if (line.component().pinned()) {
                known.stream().filter(r -> r.revision().equals(line.component().revision())).findFirst()
                        .filter(r -> r.state() != LifecycleState.RELEASED)
                        .ifPresent(r -> errors.add(new FieldError(field,
                                "component " + line.component() + " is " + r.state() + ", not RELEASED")));
            } else if (known.stream().noneMatch(r -> r.state() == LifecycleState.RELEASED)) {
                errors.add(new FieldError(field,
                        "component " + line.component() + " has no RELEASED revision to float to"));
            }
        }
        return errors;
    }

    @Override
    public Set<String> authors(ChangeEntry entry, String changeRequestAuthor) {
        Set<String> authors = new TreeSet<>(Set.of(changeRequestAuthor));
        if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
            authors.addAll(auditTrail.authorsOf(Bom.class, entry.record().id()));
        }
        return authors;
    }

    @Override
    public Map<String, Object> routingFacts(ChangeEntry entry) {
        return Map.of("domain", "bom", "itemType", "", "change", entry.kind().name().toLowerCase(),
                "bankChange", false, "creditRaise", 0);
    }

    private Bom bom(UUID id) {
        return boms.byId(id).orElseThrow(() -> MdmException.notFound("BOM " + id));
    }
}
