package org.mdmhub.mdm.partner.application;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.mdmhub.mdm.partner.application.PartnerDocumentParts.AddressBody;
import org.mdmhub.mdm.partner.application.PartnerDocumentParts.ContactBody;
import org.mdmhub.mdm.partner.application.PartnerDocumentParts.SourceBody;
import org.mdmhub.mdm.partner.domain.BankAccount;
import org.mdmhub.mdm.partner.domain.SupplierAttributes;

/**
 * A supplier's attributes in their published JSON shape ({@code schemas/v1/supplier.schema.json}), lines with
 * their ids: the proposed content of a change to a released supplier, as a change request stores it (IBANs in
 * clear) and shows it (masked for most readers). Always checked against the schema before it is read.
 */
public record SupplierDocument(
        String supplierNumber,
        String legalName,
        String vatId,
        String country,
        List<AddressBody> addresses,
        List<ContactBody> contacts,
        List<BankAccountBody> bankAccounts,
        String paymentTerms,
        String currency,
        SourceBody source) {

    public record BankAccountBody(UUID id, String iban, String bic, String accountHolder, String bankName, String currency) {
        static BankAccountBody of(BankAccount a) {
            return new BankAccountBody(a.id(), a.iban(), a.bic(), a.accountHolder(), a.bankName(), a.currency());
        }

        BankAccount toBankAccount() {
            return new BankAccount(id, iban, bic, accountHolder, bankName, currency);
        }
    }

    static SupplierDocument of(SupplierAttributes a) {
        return new SupplierDocument(a.supplierNumber(), a.legalName(), a.vatId(), a.country(),
                PartnerDocumentParts.map(a.addresses(), AddressBody::of), PartnerDocumentParts.map(a.contacts(), ContactBody::of),
                PartnerDocumentParts.map(a.bankAccounts(), BankAccountBody::of), a.paymentTerms(), a.currency(),
                SourceBody.of(a.source()));
    }

    SupplierAttributes toAttributes() {
        return new SupplierAttributes(supplierNumber, legalName, vatId, country,
                PartnerDocumentParts.map(addresses, AddressBody::toAddress),
                PartnerDocumentParts.map(contacts, ContactBody::toContact),
                PartnerDocumentParts.map(bankAccounts, BankAccountBody::toBankAccount),
                paymentTerms, currency, SourceBody.toSource(source));
    }

    /** The same document with every IBAN passed through {@code show} (e.g. masked). */
    SupplierDocument withIbans(UnaryOperator<String> show) {
        return new SupplierDocument(supplierNumber, legalName, vatId, country, addresses, contacts,
                bankAccounts == null ? null : bankAccounts.stream().map(a -> new BankAccountBody(a.id(), show.apply(a.iban()),
                        a.bic(), a.accountHolder(), a.bankName(), a.currency())).toList(),
                paymentTerms, currency, source);
    }
}
