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
import org.mdmhub.mdm.partner.domain.PartnerRules;
import org.mdmhub.mdm.partner.domain.Supplier;
import org.mdmhub.mdm.partner.domain.SupplierAttributes;
import org.mdmhub.mdm.partner.domain.Suppliers;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.quality.checkdigit.Iban;

/**
 * Suppliers under the common lifecycle; a partner has no revisions, so a release supersedes nothing.
 * DESIGN.md: any change to a supplier's bank accounts needs finance, so the routing facts say whether the
 * accounts change; and its IBANs are masked for readers who may not see them ({@link #maskSensitive}).
 */
@ApplicationScoped
@Transactional
public class SupplierGovernance extends RecordGovernance<Supplier, SupplierAttributes> {

    @Inject Suppliers suppliers;
    @Inject PartnerRules rules;
    @Inject JsonSchemas schemas;

    private ProposalCodec<SupplierDocument, SupplierAttributes> proposals;

    @PostConstruct
    void init() {
        proposals = new ProposalCodec<>(schemas, SchemaName.SUPPLIER_V1, SupplierDocument.class,
                SupplierDocument::toAttributes, SupplierDocument::of, "supplier");
    }

    @Override
    public RecordType type() {
        return RecordType.SUPPLIER;
    }

    @Override
    protected Class<Supplier> recordClass() {
        return Supplier.class;
    }

    @Override
    protected String noun() {
        return "supplier";
    }

    @Override
    protected Optional<Supplier> find(UUID id) {
        return suppliers.byId(id);
    }

    @Override
    protected ProposalCodec<SupplierDocument, SupplierAttributes> proposals() {
        return proposals;
    }

    @Override
    protected SupplierAttributes acceptProposal(Supplier supplier, SupplierAttributes proposed) {
        // a steward without the finance role proposes what they read, masked IBANs included: an account sent back
        // with its id and exactly its masked IBAN keeps the released record's IBAN
        SupplierAttributes accepted = supplier.unmasking(proposed);
        supplier.requireApplicable(accepted);
        return accepted;
    }

    @Override
    protected void requireValid(SupplierAttributes proposed) {
        rules.require(proposed);
    }

    @Override
    protected List<RecordRef> releaseNew(Supplier supplier, Instant now) {
        supplier.release(rules, now);
        return List.of();
    }

    @Override
    protected void applyChange(Supplier supplier, SupplierAttributes proposed, Instant now) {
        supplier.applyApprovedChange(proposed, rules, now);
    }

    /** Published in clear; what leaves the hub is masked per reader or subscription ({@code maskSensitive}). Facet: country. */
    @Override
    protected PublishedRecord published(Supplier supplier) {
        SupplierAttributes a = supplier.attributes();
        return new PublishedRecord(new RecordRef(RecordType.SUPPLIER, supplier.id()), supplier.number(), supplier.state(),
                supplier.version(), proposals.write(a), Map.of("country", List.of(a.country())), Set.of());
    }

    /** {@code bankChange}: a new supplier with any bank account, or a change whose accounts differ from the released ones. */
    @Override
    protected Map<String, Object> routingFacts(Supplier supplier, ChangeEntry entry, Optional<SupplierAttributes> proposed) {
        SupplierAttributes current = supplier.attributes();
        boolean bankChange = switch (entry.kind()) {
            case NEW_RECORD -> !current.bankAccounts().isEmpty();
            case CHANGE -> current.bankAccountsDifferFrom(proposed.orElseThrow());
            case UNBLOCK, OBSOLETE -> false;
        };
        return Map.of("domain", "supplier", "itemType", "", "change", entry.kind().name().toLowerCase(Locale.ROOT),
                "bankChange", bankChange, "creditRaise", BigDecimal.ZERO);
    }

    /** The one place a supplier document is masked for readers who may not see bank details: every IBAN. */
    @Override
    public String maskSensitive(String document) {
        return Json.write(proposals.readDocument(document).withIbans(Iban::mask));
    }
}
