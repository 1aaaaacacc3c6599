package org.mdmhub.mdm.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A bank account of a supplier; part of the supplier aggregate, changed only through {@link Supplier}.
 * The IBAN is stored in clear (payments need it); masking is a matter of who reads it, decided at the API.
 */
@Entity
@Table(name = "supplier_bank_account")
@Audited
public class SupplierBankAccount extends PartnerLine<BankAccount> {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false, updatable = false)
    private Supplier supplier;

    @Column(name = "iban", nullable = false)
    private String iban;

    @Column(name = "bic")
    private String bic;

    @Column(name = "account_holder", nullable = false)
    private String accountHolder;

    @Column(name = "bank_name")
    private String bankName;

    @Column(name = "currency", length = 3)
    private String currency;

    protected SupplierBankAccount() {
        // for JPA
    }

    SupplierBankAccount(Supplier supplier) {
        super(UUID.randomUUID());
        this.supplier = supplier;
    }

    @Override
    void apply(BankAccount a) {
        iban = a.iban();
        bic = a.bic();
        accountHolder = a.accountHolder();
        bankName = a.bankName();
        currency = a.currency();
    }

    @Override
    public BankAccount value() {
        return new BankAccount(id(), iban, bic, accountHolder, bankName, currency);
    }
}
