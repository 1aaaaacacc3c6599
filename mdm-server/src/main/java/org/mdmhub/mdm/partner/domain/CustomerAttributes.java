package org.mdmhub.mdm.partner.domain;

import java.util.List;
import java.util.Objects;
import org.mdmhub.mdm.golden.domain.SourceRef;

/**
 * Everything a steward edits on a customer. Identity, lifecycle state and version belong to the
 * {@link Customer} itself. Lists are in the order the steward gave them.
 *
 * @param vatId         VAT or tax id in the format of {@code country}, kept compact (see {@link VatIdForms})
 * @param creditLimit   absent when the customer has no agreed limit
 * @param incoterm      the delivery terms we sell on, if agreed
 * @param priceListCode the price list the customer buys from
 */
public record CustomerAttributes(
        String customerNumber,
        String legalName,
        String vatId,
        String country,
        List<Address> addresses,
        List<Contact> contacts,
        CreditLimit creditLimit,
        CreditStatus creditStatus,
        String paymentTerms,
        DeliveryTerms incoterm,
        String priceListCode,
        SourceRef source) {

    public CustomerAttributes {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(creditStatus, "creditStatus");
        vatId = VatIdForms.compact(vatId);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
