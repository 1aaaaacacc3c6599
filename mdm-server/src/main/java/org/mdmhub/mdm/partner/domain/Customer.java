package org.mdmhub.mdm.partner.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * The customer golden record. It is created as a draft and changes only through its verbs; every committed
 * change, its addresses and contacts included, is an audited revision.
 */
@Entity
@Table(name = "customer")
@Audited
public class Customer extends BusinessPartner {

    @Column(name = "customer_number", nullable = false, updatable = false)
    private String customerNumber;

    @Column(name = "credit_limit")
    private BigDecimal creditLimit;

    @Column(name = "credit_currency", length = 3)
    private String creditCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_status", nullable = false)
    private CreditStatus creditStatus;

    @Column(name = "incoterm", length = 3)
    private String incoterm;

    @Column(name = "incoterm_place")
    private String incotermPlace;

    @Column(name = "price_list_code")
    private String priceListCode;

    // eager: a customer is always shown whole; SUBSELECT loads a whole page's lines in one query per list
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<CustomerAddress> addresses = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<CustomerContact> contacts = new ArrayList<>();

    protected Customer() {
        // for JPA
    }

    private Customer(String customerNumber, Instant now) {
        super(now);
        this.customerNumber = customerNumber;
    }

    /** A new customer, in DRAFT, at version 1; its lines get their ids here (a client cannot choose them). */
    public static Customer draft(CustomerAttributes attributes, PartnerRules rules, Instant now) {
        rules.require(attributes);
        Customer customer = new Customer(attributes.customerNumber(), now);
        List<FieldError> errors = customer.lineIdErrors(attributes);
        if (!errors.isEmpty()) {
            throw MdmException.validation(errors);
        }
        customer.apply(attributes);
        return customer;
    }

    /**
     * Replaces the attributes of a draft, lines included; the result is the next version. The customer number
     * is the business key and never changes.
     */
    public void revise(CustomerAttributes attributes, PartnerRules rules, Instant now) {
        rules.require(attributes);
        requireEditable();
        requireApplicable(attributes);
        apply(attributes);
        touch(now);
    }

    /** Applies an approved change to a released customer: its content becomes the next version, and it stays released. */
    public void applyApprovedChange(CustomerAttributes attributes, PartnerRules rules, Instant now) {
        rules.require(attributes);
        requireReleased();
        requireApplicable(attributes);
        apply(attributes);
        touch(now);
    }

    /** Refuses content this record cannot take: another customer number, or line ids it does not have. */
    public void requireApplicable(CustomerAttributes attributes) {
        List<FieldError> errors = new ArrayList<>();
        if (!customerNumber.equals(attributes.customerNumber())) {
            errors.add(new FieldError("customerNumber", "cannot be changed (was " + customerNumber + ")"));
        }
        errors.addAll(lineIdErrors(attributes));
        if (!errors.isEmpty()) {
            throw MdmException.validation(errors);
        }
    }

    /**
     * Releases an approved new customer. The rules are applied again: reference data may have changed since the
     * draft was saved.
     */
    public void release(PartnerRules rules, Instant now) {
        rules.require(attributes());
        transition(Transition.RELEASE, now);
    }

    private List<FieldError> lineIdErrors(CustomerAttributes a) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(Lines.idErrors("addresses", "address", a.addresses(), Address::id, addresses));
        errors.addAll(Lines.idErrors("contacts", "contact", a.contacts(), Contact::id, contacts));
        return errors;
    }

    private void apply(CustomerAttributes a) {
        applyShared(a.legalName(), a.vatId(), a.country(), a.paymentTerms(), a.source());
        creditLimit = a.creditLimit() == null ? null : a.creditLimit().amount();
        creditCurrency = a.creditLimit() == null ? null : a.creditLimit().currency();
        creditStatus = a.creditStatus();
        incoterm = a.incoterm() == null ? null : a.incoterm().incoterm();
        incotermPlace = a.incoterm() == null ? null : a.incoterm().place();
        priceListCode = a.priceListCode();
        Lines.replace(addresses, a.addresses(), Address::id, () -> new CustomerAddress(this));
        Lines.replace(contacts, a.contacts(), Contact::id, () -> new CustomerContact(this));
    }

    public CustomerAttributes attributes() {
        return new CustomerAttributes(customerNumber, legalName(), vatId(), country(), Lines.values(addresses),
                Lines.values(contacts),
                creditLimit == null ? null : new CreditLimit(creditLimit, creditCurrency),
                creditStatus, paymentTerms(),
                incoterm == null ? null : new DeliveryTerms(incoterm, incotermPlace),
                priceListCode, source());
    }

    @Override
    public String number() { return customerNumber; }

    @Override
    protected String describe() { return "Customer " + customerNumber; }
}
