package org.mdmhub.mdm.partner.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mdmhub.mdm.golden.domain.SourceRef;

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

    /**
     * Whether {@code other} pays to other bank accounts than these: an account added, removed or with any of
     * its data changed. Line ids and order do not count: an account removed and sent again as new with the
     * same data pays to the same place.
     */
    public boolean bankAccountsDifferFrom(SupplierAttributes other) {
        return !bankData(bankAccounts).equals(bankData(other.bankAccounts));
    }

    private static Set<BankAccount> bankData(List<BankAccount> accounts) {
        return accounts.stream().map(BankAccount::withoutId).collect(Collectors.toSet());
    }

    SupplierAttributes withBankAccounts(List<BankAccount> accounts) {
        return new SupplierAttributes(supplierNumber, legalName, vatId, country, addresses, contacts, accounts,
                paymentTerms, currency, source);
    }
}
