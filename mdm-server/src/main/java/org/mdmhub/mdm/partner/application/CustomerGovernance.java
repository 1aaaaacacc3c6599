package org.mdmhub.mdm.partner.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mdmhub.mdm.golden.application.ProposalCodec;
import org.mdmhub.mdm.golden.application.RecordGovernance;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;
import org.mdmhub.mdm.lifecycle.domain.PublishedRecord;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.partner.domain.CreditLimit;
import org.mdmhub.mdm.partner.domain.Customer;
import org.mdmhub.mdm.partner.domain.CustomerAttributes;
import org.mdmhub.mdm.partner.domain.Customers;
import org.mdmhub.mdm.partner.domain.PartnerRules;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;

/**
 * Customers under the common lifecycle; a partner has no revisions, so a release supersedes nothing.
 * DESIGN.md: raising a customer's credit limit needs finance, so the routing facts say by how much.
 */
@ApplicationScoped
@Transactional
public class CustomerGovernance extends RecordGovernance<Customer, CustomerAttributes> {

    @Inject Customers customers;
    @Inject PartnerRules rules;
    @Inject JsonSchemas schemas;

    private ProposalCodec<CustomerDocument, CustomerAttributes> proposals;

    @PostConstruct
    void init() {
        proposals = new ProposalCodec<>(schemas, SchemaName.CUSTOMER_V1, CustomerDocument.class,
                CustomerDocument::toAttributes, CustomerDocument::of, "customer");
    }

    @Override
    public RecordType type() {
        return RecordType.CUSTOMER;
    }

    @Override
    protected Class<Customer> recordClass() {
        return Customer.class;
    }

    @Override
    protected String noun() {
        return "customer";
    }

    @Override
    protected Optional<Customer> find(UUID id) {
        return customers.byId(id);
    }

    @Override
    protected ProposalCodec<CustomerDocument, CustomerAttributes> proposals() {
        return proposals;
    }

    @Override
    protected CustomerAttributes acceptProposal(Customer customer, CustomerAttributes proposed) {
        customer.requireApplicable(proposed);
        return proposed;
    }

    @Override
    protected void requireValid(CustomerAttributes proposed) {
        rules.require(proposed);
    }

    @Override
    protected List<RecordRef> releaseNew(Customer customer, Instant now) {
        customer.release(rules, now);
        return List.of();
    }

    @Override
    protected void applyChange(Customer customer, CustomerAttributes proposed, Instant now) {
        customer.applyApprovedChange(proposed, rules, now);
    }

    /** Published in clear; what leaves the hub is masked per reader or subscription ({@code maskSensitive}). Facet: country. */
    @Override
    protected PublishedRecord published(Customer customer) {
        CustomerAttributes a = customer.attributes();
        return new PublishedRecord(new RecordRef(RecordType.CUSTOMER, customer.id()), customer.number(), customer.state(),
                customer.version(), proposals.write(a), Map.of("country", List.of(a.country())), Set.of());
    }

    /** {@code creditRaise}: a new customer's whole credit limit, or how much a change raises the released one. */
    @Override
    protected Map<String, Object> routingFacts(Customer customer, ChangeEntry entry, Optional<CustomerAttributes> proposed) {
        CreditLimit current = customer.attributes().creditLimit();
        BigDecimal creditRaise = switch (entry.kind()) {
            case NEW_RECORD -> CreditLimit.raise(null, current);
            case CHANGE -> CreditLimit.raise(current, proposed.orElseThrow().creditLimit());
            case UNBLOCK, OBSOLETE -> BigDecimal.ZERO;
        };
        return Map.of("domain", "customer", "itemType", "", "change", entry.kind().name().toLowerCase(Locale.ROOT),
                "bankChange", false, "creditRaise", creditRaise);
    }
}
