package org.mdmhub.mdm.partner.api;

import java.util.List;
import org.mdmhub.mdm.partner.domain.SupplierAttributes;

/** The body of a create or update, shaped by {@code schemas/v1/supplier.schema.json} (checked before this is read). */
public record SupplierRequest(
        String supplierNumber,
        String legalName,
        String vatId,
        String country,
        List<AddressJson> addresses,
        List<ContactJson> contacts,
        List<BankAccountJson> bankAccounts,
        String paymentTerms,
        String currency,
        SourceJson source) {

    SupplierAttributes toAttributes() {
        return new SupplierAttributes(supplierNumber, legalName, vatId, country,
                addresses == null ? null : addresses.stream().map(AddressJson::toAddress).toList(),
                contacts == null ? null : contacts.stream().map(ContactJson::toContact).toList(),
                bankAccounts == null ? null : bankAccounts.stream().map(BankAccountJson::toBankAccount).toList(),
                paymentTerms, currency, SourceJson.toSource(source));
    }
}
