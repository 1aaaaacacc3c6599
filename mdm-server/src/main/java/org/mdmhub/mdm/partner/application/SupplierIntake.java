package org.mdmhub.mdm.partner.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mdmhub.mdm.inbound.application.Intake;
import org.mdmhub.mdm.inbound.application.SourceDocuments;
import org.mdmhub.mdm.inbound.application.SourceRecords;
import org.mdmhub.mdm.inbound.domain.RecordOutcome;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.partner.domain.PartnerRules;
import org.mdmhub.mdm.partner.domain.Supplier;
import org.mdmhub.mdm.partner.domain.SupplierAttributes;
import org.mdmhub.mdm.partner.domain.Suppliers;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * Suppliers from a source system, keyed by source system and source key: a new key is a new draft, a draft's key
 * revises it, a released supplier's key proposes a change. Every check runs before anything changes, so a rejected
 * record leaves nothing behind.
 */
@ApplicationScoped
public class SupplierIntake implements SourceRecords {

    @Inject Suppliers suppliers;
    @Inject PartnerRules rules;
    @Inject JsonSchemas schemas;
    @Inject Clock clock;

    @Override
    public String kind() {
        return "supplier";
    }

    @Override
    public RecordType type() {
        return RecordType.SUPPLIER;
    }

    @Override
    public Intake receive(String sourceSystem, JsonNode document, JoinCheck mayJoin) {
        String key = SourceDocuments.text(document, "/source/key");
        SourceDocuments.Checked checked = SourceDocuments.withSource(document, sourceSystem);
        if (checked.accepted().isEmpty()) {
            return Intake.rejected(key, null, checked.errors());
        }
        try {
            SupplierAttributes sent = schemas.read(SchemaName.SUPPLIER_V1, checked.document(), SupplierDocument.class)
                    .toAttributes();
            List<FieldError> broken = rules.violations(sent);
            if (!broken.isEmpty()) {
                return Intake.rejected(key, null, broken);
            }
            Optional<Supplier> held = suppliers.bySource(sourceSystem, key);
            return held.isEmpty() ? created(sent, key) : existing(held.get(), sent, key, mayJoin);
        } catch (MdmException e) {
            // the aggregate's own checks (line ids, number): refused before it changed anything
            return Intake.rejected(key, null, SourceDocuments.errorsOf(e));
        }
    }

    private Intake created(SupplierAttributes sent, String key) {
        if (suppliers.existsWithNumber(sent.supplierNumber())) {
            return Intake.rejected(key, null, List.of(new FieldError("supplierNumber", "supplier " + sent.supplierNumber()
                    + " already exists under another source key")));
        }
        Supplier supplier = Supplier.draft(sent, rules, clock.instant());
        suppliers.add(supplier);
        return Intake.draft(RecordOutcome.CREATED, key, null, new RecordRef(RecordType.SUPPLIER, supplier.id()));
    }

    private Intake existing(Supplier supplier, SupplierAttributes sent, String key, JoinCheck mayJoin) {
        RecordRef ref = new RecordRef(RecordType.SUPPLIER, supplier.id());
        // masked IBANs sent back as read mean "unchanged", as for a steward's request
        SupplierAttributes wanted = supplier.unmasking(sent);
        supplier.requireApplicable(wanted);
        Optional<String> refusal = mayJoin.refusal(ref);
        if (PartnerIntakes.same(SupplierDocument.of(supplier.attributes()), SupplierDocument.of(wanted))) {
            return Intake.unchanged(key, null, ref, supplier.state().isEditable() && refusal.isEmpty());
        }
        if (refusal.isPresent()) {
            return Intake.rejected(key, null, List.of(new FieldError("source.key", "supplier " + supplier.number() + " "
                    + refusal.get())));
        }
        if (supplier.state().isEditable()) {
            supplier.revise(wanted, rules, clock.instant()); // rules and applicability passed above: nothing refuses
            return Intake.draft(RecordOutcome.CHANGED, key, null, ref);
        }
        if (supplier.state().isReleased()) {
            return Intake.proposal(key, null, ref, Json.write(SupplierDocument.of(wanted)));
        }
        return Intake.rejected(key, null, List.of(new FieldError("source.key", "supplier " + supplier.number() + " is "
                + supplier.state() + " and takes no change")));
    }
}
