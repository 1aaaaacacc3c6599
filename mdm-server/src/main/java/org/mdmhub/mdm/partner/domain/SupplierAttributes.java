package org.mdmhub.mdm.partner.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything a steward edits on a supplier. Identity, lifecycle state and version belong to the
 * {@link Supplier} itself. Lists are in the order the steward gave them.
 *
 * @param vatId        VAT or tax id in the format of {@code country}, kept compact (see {@link VatIdForms})
 * @param paymentTerms a payment-terms code such as NET30
 * @param currency     the ISO 4217 currency the supplier invoices in
 */
public record SupplierAttributes(
        String supplierNumber,
        String legalName,
        String vatId,
        String country,
        List<Address> addresses,
        List<Contact> contacts,
        List<BankAccount> bankAccounts,
        String paymentTerms,
        String currency,
        SourceRef source) {

    public SupplierAttributes {
        Objects.requireNonNull(supplierNumber, "supplierNumber");
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(currency, "currency");
        vatId = VatIdForms.compact(vatId);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
    }

    SupplierAttributes withBankAccounts(List<BankAccount> accounts) {
        return new SupplierAttributes(supplierNumber, legalName, vatId, country, addresses, contacts, accounts,
                paymentTerms, currency, source);
    }
}
