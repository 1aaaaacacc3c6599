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
import org.mdmhub.mdm.partner.domain.PartnerRules;
import org.mdmhub.mdm.partner.domain.ReferenceCodes;
import org.mdmhub.mdm.partner.domain.Supplier;
import org.mdmhub.mdm.partner.domain.SupplierAttributes;
import org.mdmhub.mdm.partner.domain.Suppliers;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.quality.checkdigit.Iban;

/**
 * Suppliers under the common lifecycle: how they are submitted, routed, released and changed once released.
 * DESIGN.md: any change to a supplier's bank accounts needs finance, so the routing facts say whether the
 * accounts change; and a proposal's IBANs are shown in clear only to those who may see them.
 */
@ApplicationScoped
@Transactional
public class SupplierGovernance implements GovernedRecords {

    @Inject
    Clock clock;
    @Inject Suppliers suppliers;
    @Inject ReferenceCodes codes;
    @Inject JsonSchemas schemas;
    @Inject AuditTrail auditTrail;

    @Override
    public RecordType type() {
        return RecordType.SUPPLIER;
    }

    @Override
    public String describe(UUID id) {
        return "supplier " + supplier(id).number();
    }

    @Override
    public LifecycleState state(UUID id) {
        return supplier(id).state();
    }

    @Override
    public void transition(UUID id, Transition transition) {
        supplier(id).transition(transition, clock.instant());
    }

    /**
     * A steward without the finance role proposes what they read, masked IBANs included: an account sent back
     * with its id and exactly its masked IBAN keeps the released record's IBAN.
     */
    @Override
    public String validateProposal(UUID id, String proposedDocument) {
        Supplier supplier = supplier(id);
        if (!supplier.state().isReleased()) {
            throw new MdmException(ProblemType.ILLEGAL_TRANSITION, "Supplier " + supplier.number() + " is "
                    + supplier.state() + ": only released suppliers take a change request; edit the draft instead");
        }
        SupplierAttributes proposed = supplier.unmasking(parse(proposedDocument));
        supplier.requireApplicable(proposed);
        requireValid(proposed);
        return PartnerDocumentParts.write(SupplierDocument.of(proposed));
    }

    @Override
    public List<RecordRef> release(ChangeEntry entry) {
        Supplier supplier = supplier(entry.record().id());
        Instant now = clock.instant();
        if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
            // reference data may have changed since the draft was saved
            requireValid(supplier.attributes());
            supplier.transition(Transition.RELEASE, now);
        } else if (entry.kind() == ChangeEntryKind.CHANGE) {
            SupplierAttributes proposed = parse(entry.proposed().orElseThrow());
            requireValid(proposed);
            supplier.applyApprovedChange(proposed, now);
        } else {
            supplier.transition(entry.kind().transition().orElseThrow(), now);
        }
        return List.of(); // a partner has no revisions to supersede
    }

    /** Published in clear; the outbox masks IBANs for subscriptions that may not see them. Facet: country. */
    @Override
    public PublishedRecord published(UUID id) {
        Supplier supplier = supplier(id);
        SupplierAttributes a = supplier.attributes();
        return new PublishedRecord(new RecordRef(RecordType.SUPPLIER, id), supplier.number(), supplier.state(), supplier.version(),
                PartnerDocumentParts.write(SupplierDocument.of(a)), Map.of("country", List.of(a.country())), Set.of());
    }

    @Override
    public Set<String> authors(ChangeEntry entry, String changeRequestAuthor) {
        Set<String> authors = new TreeSet<>(Set.of(changeRequestAuthor));
        if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
            authors.addAll(auditTrail.authorsOf(Supplier.class, entry.record().id()));
        }
        return authors;
    }

    /** {@code bankChange}: a new supplier with any bank account, or a change whose accounts differ from the released ones. */
    @Override
    public Map<String, Object> routingFacts(ChangeEntry entry) {
        SupplierAttributes current = supplier(entry.record().id()).attributes();
        boolean bankChange = switch (entry.kind()) {
            case NEW_RECORD -> !current.bankAccounts().isEmpty();
            case CHANGE -> current.bankAccountsDifferFrom(parse(entry.proposed().orElseThrow()));
            case UNBLOCK, OBSOLETE -> false;
        };
        return Map.of("domain", "supplier", "itemType", "", "change", entry.kind().name().toLowerCase(Locale.ROOT),
                "bankChange", bankChange, "creditRaise", BigDecimal.ZERO);
    }

    @Override
    public String presentProposal(String document, boolean showSensitive) {
        if (showSensitive) {
            return document;
        }
        try {
            SupplierDocument stored = Json.mapper().readValue(document, SupplierDocument.class);
            return PartnerDocumentParts.write(stored.withIbans(Iban::mask));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored supplier proposal is not a supplier document", e);
        }
    }

    private Supplier supplier(UUID id) {
        return suppliers.byId(id).orElseThrow(() -> MdmException.notFound("Supplier " + id));
    }

    private void requireValid(SupplierAttributes attributes) {
        List<FieldError> errors = PartnerRules.violations(attributes, codes);
        if (!errors.isEmpty()) {
            throw MdmException.validation(errors);
        }
    }

    private SupplierAttributes parse(String document) {
        try {
            JsonNode node = Json.mapper().readTree(document);
            return schemas.read(SchemaName.SUPPLIER_V1, node, SupplierDocument.class).toAttributes();
        } catch (JsonProcessingException e) {
            throw new MdmException(ProblemType.MALFORMED_REQUEST, "The proposed supplier is not JSON");
        }
    }
}
