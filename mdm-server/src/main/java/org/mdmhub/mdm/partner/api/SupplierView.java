package org.mdmhub.mdm.partner.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mdmhub.mdm.partner.application.SupplierSnapshot;
import org.mdmhub.mdm.partner.domain.SupplierAttributes;

/** A supplier as the API shows it to one caller: the schema's attributes (IBANs masked as {@link BankDetails} says), identity, lifecycle state and version. */
public record SupplierView(
        UUID id,
        String supplierNumber,
        String legalName,
        String vatId,
        String country,
        List<AddressJson> addresses,
        List<ContactJson> contacts,
        List<BankAccountJson> bankAccounts,
        String paymentTerms,
        String currency,
        SourceJson source,
        String state,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    static SupplierView of(SupplierSnapshot supplier, BankDetails bankDetails) {
        SupplierAttributes a = supplier.attributes();
        return new SupplierView(supplier.id(), a.supplierNumber(), a.legalName(), a.vatId(), a.country(),
                a.addresses().stream().map(AddressJson::of).toList(),
                a.contacts().stream().map(ContactJson::of).toList(),
                a.bankAccounts().stream().map(bankDetails::show).toList(),
                a.paymentTerms(), a.currency(), SourceJson.of(a.source()),
                supplier.state().name(), supplier.version(), supplier.createdAt(), supplier.updatedAt());
    }
}
