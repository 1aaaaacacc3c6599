package org.mdmhub.mdm.item.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mdmhub.mdm.inbound.application.Intake;
import org.mdmhub.mdm.inbound.application.SameContent;
import org.mdmhub.mdm.inbound.application.SourceDocuments;
import org.mdmhub.mdm.inbound.application.SourceRecords;
import org.mdmhub.mdm.inbound.domain.RecordOutcome;
import org.mdmhub.mdm.item.domain.Item;
import org.mdmhub.mdm.item.domain.ItemAttributes;
import org.mdmhub.mdm.item.domain.ItemRules;
import org.mdmhub.mdm.item.domain.Items;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * Items from a source system, keyed by source system, source key and revision: a new key is a new draft, a draft's
 * key revises it, a released item's key proposes a change (the released version stays what everyone sees).
 */
@ApplicationScoped
public class ItemIntake implements SourceRecords {

    @Inject Items items;
    @Inject ItemRules rules;
    @Inject JsonSchemas schemas;
    @Inject Clock clock;

    @Override
    public String kind() {
        return "item";
    }

    @Override
    public RecordType type() {
        return RecordType.ITEM;
    }

    @Override
    public Intake receive(String sourceSystem, JsonNode document, JoinCheck mayJoin) {
        String key = SourceDocuments.text(document, "/source/key");
        String revision = SourceDocuments.text(document, "/revision");
        SourceDocuments.Checked checked = SourceDocuments.withSource(document, sourceSystem);
        if (checked.accepted().isEmpty()) {
            return Intake.rejected(key, revision, checked.errors());
        }
        ItemAttributes sent;
        try {
            sent = schemas.read(SchemaName.ITEM_V1, checked.document(), ItemDocument.class).toAttributes();
        } catch (MdmException e) {
            return Intake.rejected(key, revision, SourceDocuments.errorsOf(e));
        }
        List<FieldError> broken = rules.violations(sent);
        if (!broken.isEmpty()) {
            return Intake.rejected(key, revision, broken);
        }
        Optional<Item> held = items.bySource(sourceSystem, key, sent.revision());
        if (held.isEmpty()) {
            return created(sent, key);
        }
        Item item = held.get();
        RecordRef ref = new RecordRef(RecordType.ITEM, item.id());
        if (!item.attributes().itemNumber().equals(sent.itemNumber())) {
            return Intake.rejected(key, revision, List.of(new FieldError("itemNumber", "source key " + key + " revision "
                    + revision + " is item " + item.businessKey() + "; its number cannot change")));
        }
        boolean same = SameContent.same(ItemDocument.of(item.attributes()), ItemDocument.of(sent));
        Optional<String> refusal = mayJoin.refusal(ref);
        if (same) {
            return Intake.unchanged(key, revision, ref, item.state().isEditable() && refusal.isEmpty());
        }
        if (refusal.isPresent()) {
            return Intake.rejected(key, revision, List.of(new FieldError("source.key", "item " + item.businessKey() + " "
                    + refusal.get())));
        }
        if (item.state().isEditable()) {
            item.revise(sent, rules, clock.instant()); // the rules passed above, the key is the item's: nothing refuses
            return Intake.draft(RecordOutcome.CHANGED, key, revision, ref);
        }
        if (item.state().isReleased()) {
            return Intake.proposal(key, revision, ref, Json.write(ItemDocument.of(sent)));
        }
        return Intake.rejected(key, revision, List.of(new FieldError("source.key", "item " + item.businessKey() + " is "
                + item.state() + " and takes no change")));
    }

    private Intake created(ItemAttributes sent, String key) {
        if (items.existsWithKey(sent.itemNumber(), sent.revision())) {
            return Intake.rejected(key, sent.revision(), List.of(new FieldError("itemNumber", "item " + sent.businessKey()
                    + " already exists under another source key")));
        }
        Item item = Item.draft(sent, rules, clock.instant());
        items.add(item);
        return Intake.draft(RecordOutcome.CREATED, key, sent.revision(),
                new RecordRef(RecordType.ITEM, item.id()));
    }
}
