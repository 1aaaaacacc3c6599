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
import org.mdmhub.mdm.partner.domain.Customer;
import org.mdmhub.mdm.partner.domain.CustomerAttributes;
import org.mdmhub.mdm.partner.domain.Customers;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * Customers from a source system, keyed by source system and source key: a new key is a new draft, a draft's key
 * revises it, a released customer's key proposes a change. Every check runs before anything changes, so a rejected
 * record leaves nothing behind.
 */
@ApplicationScoped
public class CustomerIntake implements SourceRecords {

    @Inject Customers customers;
    @Inject PartnerRules rules;
    @Inject JsonSchemas schemas;
    @Inject Clock clock;

    @Override
    public String kind() {
        return "customer";
    }

    @Override
    public RecordType type() {
        return RecordType.CUSTOMER;
    }

    @Override
    public Intake receive(String sourceSystem, JsonNode document, JoinCheck mayJoin) {
        String key = SourceDocuments.text(document, "/source/key");
        SourceDocuments.Checked checked = SourceDocuments.withSource(document, sourceSystem);
        if (checked.accepted().isEmpty()) {
            return Intake.rejected(key, null, checked.errors());
        }
        try {
            CustomerAttributes sent = schemas.read(SchemaName.CUSTOMER_V1, checked.document(), CustomerDocument.class)
                    .toAttributes();
            List<FieldError> broken = rules.violations(sent);
            if (!broken.isEmpty()) {
                return Intake.rejected(key, null, broken);
            }
            Optional<Customer> held = customers.bySource(sourceSystem, key);
            return held.isEmpty() ? created(sent, key) : existing(held.get(), sent, key, mayJoin);
        } catch (MdmException e) {
            // the aggregate's own checks (line ids, number): refused before it changed anything
            return Intake.rejected(key, null, SourceDocuments.errorsOf(e));
        }
    }

    private Intake created(CustomerAttributes sent, String key) {
        if (customers.existsWithNumber(sent.customerNumber())) {
            return Intake.rejected(key, null, List.of(new FieldError("customerNumber", "customer " + sent.customerNumber()
                    + " already exists under another source key")));
        }
        Customer customer = Customer.draft(sent, rules, clock.instant());
        customers.add(customer);
        return Intake.draft(RecordOutcome.CREATED, key, null, new RecordRef(RecordType.CUSTOMER, customer.id()));
    }

    private Intake existing(Customer customer, CustomerAttributes sent, String key, JoinCheck mayJoin) {
        RecordRef ref = new RecordRef(RecordType.CUSTOMER, customer.id());
        CustomerAttributes wanted = sent;
        customer.requireApplicable(wanted);
        Optional<String> refusal = mayJoin.refusal(ref);
        if (PartnerIntakes.same(CustomerDocument.of(customer.attributes()), CustomerDocument.of(wanted))) {
            return Intake.unchanged(key, null, ref, customer.state().isEditable() && refusal.isEmpty());
        }
        if (refusal.isPresent()) {
            return Intake.rejected(key, null, List.of(new FieldError("source.key", "customer " + customer.number() + " "
                    + refusal.get())));
        }
        if (customer.state().isEditable()) {
            customer.revise(wanted, rules, clock.instant()); // rules and applicability passed above: nothing refuses
            return Intake.draft(RecordOutcome.CHANGED, key, null, ref);
        }
        if (customer.state().isReleased()) {
            return Intake.proposal(key, null, ref, Json.write(CustomerDocument.of(wanted)));
        }
        return Intake.rejected(key, null, List.of(new FieldError("source.key", "customer " + customer.number() + " is "
                + customer.state() + " and takes no change")));
    }
}
