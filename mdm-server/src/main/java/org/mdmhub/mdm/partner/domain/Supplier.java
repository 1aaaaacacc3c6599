package org.mdmhub.mdm.partner.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.quality.checkdigit.Iban;

/**
 * The supplier golden record. It is created as a draft and changes only through its verbs; every committed
 * change, its addresses, contacts and bank accounts included, is an audited revision.
 */
@Entity
@Table(name = "supplier")
@Audited
public class Supplier extends BusinessPartner {

    @Column(name = "supplier_number", nullable = false, updatable = false)
    private String supplierNumber;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    // eager: a supplier is always shown whole; SUBSELECT loads a whole page's lines in one query per list
    @OneToMany(mappedBy = "supplier", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<SupplierAddress> addresses = new ArrayList<>();

    @OneToMany(mappedBy = "supplier", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<SupplierContact> contacts = new ArrayList<>();

    @OneToMany(mappedBy = "supplier", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<SupplierBankAccount> bankAccounts = new ArrayList<>();

    protected Supplier() {
        // for JPA
    }

    private Supplier(String supplierNumber, Instant now) {
        super(now);
        this.supplierNumber = supplierNumber;
    }

    /** A new supplier, in DRAFT, at version 1; its lines get their ids here (a client cannot choose them). */
    public static Supplier draft(SupplierAttributes attributes, PartnerRules rules, Instant now) {
        rules.require(attributes);
        Supplier supplier = new Supplier(attributes.supplierNumber(), now);
        List<FieldError> errors = supplier.lineIdErrors(attributes);
        if (!errors.isEmpty()) {
            throw MdmException.validation(errors);
        }
        supplier.apply(attributes);
        return supplier;
    }

    /**
     * Replaces the attributes of a draft, lines included; the result is the next version. The supplier number
     * is the business key and never changes.
     */
    public void revise(SupplierAttributes attributes, PartnerRules rules, Instant now) {
        rules.require(attributes);
        requireEditable();
        requireApplicable(attributes);
        apply(attributes);
        touch(now);
    }

    /**
     * Applies an approved change to a released supplier: its content becomes the next version, and it stays
     * released. Whether the change needed finance (bank accounts) was decided when it was submitted:
     * {@link SupplierAttributes#bankAccountsDifferFrom}.
     */
    public void applyApprovedChange(SupplierAttributes attributes, PartnerRules rules, Instant now) {
        rules.require(attributes);
        requireReleased();
        requireApplicable(attributes);
        apply(attributes);
        touch(now);
    }

    /** Refuses content this record cannot take: another supplier number, or line ids it does not have. */
    public void requireApplicable(SupplierAttributes attributes) {
        List<FieldError> errors = new ArrayList<>();
        if (!supplierNumber.equals(attributes.supplierNumber())) {
            errors.add(new FieldError("supplierNumber", "cannot be changed (was " + supplierNumber + ")"));
        }
        errors.addAll(lineIdErrors(attributes));
        if (!errors.isEmpty()) {
            throw MdmException.validation(errors);
        }
    }

    /**
     * The request with each masked IBAN that is exactly the mask of the account it names replaced by that
     * account's IBAN. Readers without the finance role only ever see masked IBANs; this lets them send a
     * supplier back as they read it without losing or having to know its bank details. Any other masked
     * IBAN stays masked, and the rules refuse it.
     */
    public SupplierAttributes unmasking(SupplierAttributes requested) {
        Map<UUID, BankAccount> stored = bankAccounts.stream().map(SupplierBankAccount::value)
                .collect(Collectors.toMap(BankAccount::id, Function.identity()));
        List<BankAccount> accounts = requested.bankAccounts().stream().map(account -> {
            BankAccount current = account.id() == null ? null : stored.get(account.id());
            boolean showsTheStoredMask = current != null && account.hasMaskedIban()
                    && Iban.mask(current.iban()).replace(" ", "").equals(account.iban());
            return showsTheStoredMask ? account.withIban(current.iban()) : account;
        }).toList();
        return requested.withBankAccounts(accounts);
    }

    /**
     * Releases an approved new supplier. The rules are applied again: reference data may have changed since the
     * draft was saved.
     */
    public void release(PartnerRules rules, Instant now) {
        rules.require(attributes());
        transition(Transition.RELEASE, now);
    }

    private List<FieldError> lineIdErrors(SupplierAttributes a) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(Lines.idErrors("addresses", "address", a.addresses(), Address::id, addresses));
        errors.addAll(Lines.idErrors("contacts", "contact", a.contacts(), Contact::id, contacts));
        errors.addAll(Lines.idErrors("bankAccounts", "bank account", a.bankAccounts(), BankAccount::id, bankAccounts));
        return errors;
    }

    private void apply(SupplierAttributes a) {
        applyShared(a.legalName(), a.vatId(), a.country(), a.paymentTerms(), a.source());
        currency = a.currency();
        Lines.replace(addresses, a.addresses(), Address::id, () -> new SupplierAddress(this));
        Lines.replace(contacts, a.contacts(), Contact::id, () -> new SupplierContact(this));
        Lines.replace(bankAccounts, a.bankAccounts(), BankAccount::id, () -> new SupplierBankAccount(this));
    }

    public SupplierAttributes attributes() {
        return new SupplierAttributes(supplierNumber, legalName(), vatId(), country(), Lines.values(addresses),
                Lines.values(contacts), Lines.values(bankAccounts), paymentTerms(), currency, source());
    }

    @Override
    public String number() { return supplierNumber; }

    @Override
    protected String describe() { return "Supplier " + supplierNumber; }
}
