package org.mdmhub.mdm.partner.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.mdmhub.mdm.audit.AuditTrail;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntryKind;
import org.mdmhub.mdm.lifecycle.domain.GovernedRecords;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.PublishedRecord;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.partner.domain.CreditLimit;
import org.mdmhub.mdm.partner.domain.Customer;
import org.mdmhub.mdm.partner.domain.CustomerAttributes;
import org.mdmhub.mdm.partner.domain.Customers;
import org.mdmhub.mdm.partner.domain.PartnerRules;
import org.mdmhub.mdm.partner.domain.ReferenceCodes;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * Customers under the common lifecycle: how they are submitted, routed, released and changed once released.
 * The routing facts say how much a change raises the credit limit, so that a large raise also needs finance.
 */
@ApplicationScoped
@Transactional
public class CustomerGovernance implements GovernedRecords {

    @Inject
    Clock clock;
    @Inject Customers customers;
    @Inject ReferenceCodes codes;
    @Inject JsonSchemas schemas;
    @Inject AuditTrail auditTrail;

    @Override
    public RecordType type() {
        return RecordType.CUSTOMER;
    }

    @Override
    public String describe(UUID id) {
        return "customer " + customer(id).number();
    }

    @Override
    public LifecycleState state(UUID id) {
        return customer(id).state();
    }

    @Override
    public void transition(UUID id, Transition transition) {
        customer(id).transition(transition, clock.instant());
    }

    @Override
    public String validateProposal(UUID id, String proposedDocument) {
        Customer customer = customer(id);
        if (!customer.state().isReleased()) {
            throw new MdmException(ProblemType.ILLEGAL_TRANSITION, "Customer " + customer.number() + " is "
                    + customer.state() + ": only released customers take a change request; edit the draft instead");
        }
        CustomerAttributes proposed = parse(proposedDocument);
        customer.requireApplicable(proposed);
        requireValid(proposed);
        return PartnerDocumentParts.write(CustomerDocument.of(proposed));
    }

    @Override
    public List<RecordRef> release(ChangeEntry entry) {
        Customer customer = customer(entry.record().id());
        Instant now = clock.instant();
        if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
            // reference data may have changed since the draft was saved
            requireValid(customer.attributes());
            customer.transition(Transition.RELEASE, now);
        } else if (entry.kind() == ChangeEntryKind.CHANGE) {
            CustomerAttributes proposed = parse(entry.proposed().orElseThrow());
            requireValid(proposed);
            customer.applyApprovedChange(proposed, now);
        } else {
            customer.transition(entry.kind().transition().orElseThrow(), now);
        }
        return List.of(); // a partner has no revisions to supersede
    }

    /** Published in clear; the outbox masks IBANs for subscriptions that may not see them. Facet: country. */
    @Override
    public PublishedRecord published(UUID id) {
        Customer customer = customer(id);
        CustomerAttributes a = customer.attributes();
        return new PublishedRecord(new RecordRef(RecordType.CUSTOMER, id), customer.number(), customer.state(), customer.version(),
                PartnerDocumentParts.write(CustomerDocument.of(a)), Map.of("country", List.of(a.country())), Set.of());
    }

    @Override
    public Set<String> authors(ChangeEntry entry, String changeRequestAuthor) {
        Set<String> authors = new TreeSet<>(Set.of(changeRequestAuthor));
        if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
            authors.addAll(auditTrail.authorsOf(Customer.class, entry.record().id()));
        }
        return authors;
    }

    /** {@code creditRaise}: a new customer's whole credit limit, or how much a change raises the released one. */
    @Override
    public Map<String, Object> routingFacts(ChangeEntry entry) {
        CreditLimit current = customer(entry.record().id()).attributes().creditLimit();
        BigDecimal creditRaise = switch (entry.kind()) {
            case NEW_RECORD -> CreditLimit.raise(null, current);
            case CHANGE -> CreditLimit.raise(current, parse(entry.proposed().orElseThrow()).creditLimit());
            case UNBLOCK, OBSOLETE -> BigDecimal.ZERO;
        };
        return Map.of("domain", "customer", "itemType", "", "change", entry.kind().name().toLowerCase(Locale.ROOT),
                "bankChange", false, "creditRaise", creditRaise);
    }

    private Customer customer(UUID id) {
        return customers.byId(id).orElseThrow(() -> MdmException.notFound("Customer " + id));
    }

    private void requireValid(CustomerAttributes attributes) {
        List<FieldError> errors = PartnerRules.violations(attributes, codes);
        if (!errors.isEmpty()) {
            throw MdmException.validation(errors);
        }
    }

    private CustomerAttributes parse(String document) {
        try {
            JsonNode node = Json.mapper().readTree(document);
            return schemas.read(SchemaName.CUSTOMER_V1, node, CustomerDocument.class).toAttributes();
        } catch (JsonProcessingException e) {
            throw new MdmException(ProblemType.MALFORMED_REQUEST, "The proposed customer is not JSON");
        }
    }
}
