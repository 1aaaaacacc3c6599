package org.mdmhub.mdm.partner.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mdmhub.mdm.partner.api.CustomerRequest.CreditLimitJson;
import org.mdmhub.mdm.partner.api.CustomerRequest.IncotermJson;
import org.mdmhub.mdm.partner.application.CustomerSnapshot;
import org.mdmhub.mdm.partner.domain.CustomerAttributes;

/** A customer as the API shows it: the schema's attributes, identity, lifecycle state and version. */
public record CustomerView(
        UUID id,
        String customerNumber,
        String legalName,
        String vatId,
        String country,
        List<AddressJson> addresses,
        List<ContactJson> contacts,
        CreditLimitJson creditLimit,
        String creditStatus,
        String paymentTerms,
        IncotermJson incoterm,
        String priceListCode,
        SourceJson source,
        String state,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    static CustomerView of(CustomerSnapshot customer) {
        CustomerAttributes a = customer.attributes();
        return new CustomerView(customer.id(), a.customerNumber(), a.legalName(), a.vatId(), a.country(),
                a.addresses().stream().map(AddressJson::of).toList(),
                a.contacts().stream().map(ContactJson::of).toList(),
                a.creditLimit() == null ? null : new CreditLimitJson(a.creditLimit().amount(), a.creditLimit().currency()),
                a.creditStatus().name().toLowerCase(Locale.ROOT),
                a.paymentTerms(),
                a.incoterm() == null ? null : new IncotermJson(a.incoterm().incoterm(), a.incoterm().place()),
                a.priceListCode(), SourceJson.of(a.source()),
                customer.state().name(), customer.version(), customer.createdAt(), customer.updatedAt());
    }
}
