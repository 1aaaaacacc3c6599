package org.mdmhub.mdm.bom.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mdmhub.mdm.bom.domain.Bom;
import org.mdmhub.mdm.bom.domain.BomAttributes;
import org.mdmhub.mdm.bom.domain.BomRules;
import org.mdmhub.mdm.bom.domain.Boms;
import org.mdmhub.mdm.inbound.application.Intake;
import org.mdmhub.mdm.inbound.application.SameContent;
import org.mdmhub.mdm.inbound.application.SourceDocuments;
import org.mdmhub.mdm.inbound.application.SourceRecords;
import org.mdmhub.mdm.inbound.domain.RecordOutcome;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * BOMs from a source system, keyed by source system, source key and BOM revision. A new key is a new draft, a draft's
 * key revises it (lines matched by position keep their ids); a released BOM changes by its next revision, so the
 * same revision with other content is refused. Before any BOM of a batch is taken, cycles among the batch's BOMs
 * are found, and every BOM on one is refused with the cycle's path; cycles through BOMs already in the hub are
 * found per BOM by the rules.
 */
@ApplicationScoped
public class BomIntake implements SourceRecords {

    @Inject Boms boms;
    @Inject BomRules rules;
    @Inject JsonSchemas schemas;
    @Inject Clock clock;

    @Override
    public String kind() {
        return "bom";
    }

    @Override
    public RecordType type() {
        return RecordType.BOM;
    }

    @Override
    public Intake receive(String sourceSystem, JsonNode document, JoinCheck mayJoin) {
        String key = SourceDocuments.text(document, "/source/key");
        String revision = SourceDocuments.text(document, "/bomRevision");
        SourceDocuments.Checked checked = SourceDocuments.withSource(document, sourceSystem);
        if (checked.accepted().isEmpty()) {
            return Intake.rejected(key, revision, checked.errors());
        }
        BomAttributes sent;
        try {
            sent = schemas.read(SchemaName.BOM_V1, checked.document(), BomDocument.class).toAttributes();
        } catch (MdmException e) {
            return Intake.rejected(key, revision, SourceDocuments.errorsOf(e));
        }
        boms.lockStructure();
        Optional<Bom> held = boms.bySource(sourceSystem, key, sent.bomRevision());
        if (held.isEmpty()) {
            return created(sent, key);
        }
        Bom bom = held.get();
        RecordRef ref = new RecordRef(RecordType.BOM, bom.id());
        BomAttributes keyed = sent.withLineIdsByPosition(bom.attributes());
        if (!bom.attributes().parent().equals(sent.parent())) {
            return Intake.rejected(key, revision, List.of(new FieldError("parent", "source key " + key + " BOM revision "
                    + revision + " is " + bom.businessKey() + "; its parent cannot change")));
        }
        Optional<String> refusal = mayJoin.refusal(ref);
        if (SameContent.same(BomDocument.of(bom.attributes()), BomDocument.of(keyed))) {
            return Intake.unchanged(key, revision, ref, bom.state().isEditable() && refusal.isEmpty());
        }
        if (refusal.isPresent()) {
            return Intake.rejected(key, revision, List.of(new FieldError("source.key", "BOM " + bom.businessKey() + " "
                    + refusal.get())));
        }
        if (!bom.state().isEditable()) {
            return Intake.rejected(key, revision, List.of(new FieldError("bomRevision", "BOM " + bom.businessKey() + " is "
                    + bom.state() + ": a released BOM changes by its next revision, not in place")));
        }
        try {
            bom.revise(keyed, rules, clock.instant()); // refuses before it changes anything
        } catch (MdmException e) {
            return Intake.rejected(key, revision, SourceDocuments.errorsOf(e));
        }
        return Intake.draft(RecordOutcome.CHANGED, key, revision, ref);
    }

    private Intake created(BomAttributes sent, String key) {
        Bom bom;
        try {
            bom = Bom.draft(sent, rules, clock.instant()); // the rules, and no line ids yet
        } catch (MdmException e) {
            return Intake.rejected(key, sent.bomRevision(), SourceDocuments.errorsOf(e));
        }
        if (boms.existsWithKey(sent.parent(), sent.bomRevision())) {
            return Intake.rejected(key, sent.bomRevision(), List.of(new FieldError("bomRevision", "BOM "
                    + sent.businessKey() + " already exists under another source key")));
        }
        boms.add(bom);
        return Intake.draft(RecordOutcome.CREATED, key, sent.bomRevision(), new RecordRef(RecordType.BOM, bom.id()));
    }

    /** Every BOM of the batch on a cycle of the batch's BOMs (parent → component edges), with the cycle's path. */
    @Override
    public Map<Integer, Rejection> rejectTogether(List<Staged> records) {
        Map<String, Set<String>> edges = new HashMap<>();
        for (Staged r : records) {
            String parent = SourceDocuments.text(r.document(), "/parent/itemNumber");
            if (parent != null) {
                Set<String> to = edges.computeIfAbsent(parent, p -> new LinkedHashSet<>());
                components(r.document()).stream().filter(c -> !c.equals(parent)).forEach(to::add);
            }
        }
        Map<Integer, Rejection> rejected = new HashMap<>();
        for (Staged r : records) {
            String parent = SourceDocuments.text(r.document(), "/parent/itemNumber");
            if (parent == null) {
                continue;
            }
            for (String component : components(r.document())) {
                Optional<List<String>> back = path(edges, component, parent);
                if (back.isPresent()) {
                    List<String> loop = new ArrayList<>(List.of(parent));
                    loop.addAll(back.get());
                    rejected.put(r.seq(), new Rejection(SourceDocuments.text(r.document(), "/source/key"),
                            SourceDocuments.text(r.document(), "/bomRevision"),
                            List.of(new FieldError("lines", "cycle within the batch: " + String.join(" → ", loop)))));
                    break;
                }
            }
        }
        return rejected;
    }

    private static List<String> components(JsonNode bom) {
        List<String> numbers = new ArrayList<>();
        bom.path("lines").forEach(line -> {
            JsonNode number = line.path("component").path("itemNumber");
            if (number.isTextual()) {
                numbers.add(number.asText());
            }
        });
        return numbers;
    }

    /** The shortest path of item numbers from {@code from} to {@code to} along the edges (breadth first), if any. */
    private static Optional<List<String>> path(Map<String, Set<String>> edges, String from, String to) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, null);
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            if (at.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String step = at; step != null; step = cameFrom.get(step)) {
                    path.add(0, step);
                }
                return Optional.of(path);
            }
            for (String next : edges.getOrDefault(at, Set.of())) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, at);
                    queue.addLast(next);
                }
            }
        }
        return Optional.empty();
    }
}
