package org.mdmhub.mdm.partner.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.mdmhub.mdm.partner.application.PartnerDocumentParts.AddressBody;
import org.mdmhub.mdm.partner.application.PartnerDocumentParts.ContactBody;
import org.mdmhub.mdm.partner.application.PartnerDocumentParts.SourceBody;
import org.mdmhub.mdm.partner.domain.CreditLimit;
import org.mdmhub.mdm.partner.domain.CreditStatus;
import org.mdmhub.mdm.partner.domain.CustomerAttributes;
import org.mdmhub.mdm.partner.domain.DeliveryTerms;

/**
 * A customer's attributes in their published JSON shape ({@code schemas/v1/customer.schema.json}), lines with
 * their ids: the proposed content of a change to a released customer. Always checked against the schema
 * before it is read.
 */
public record CustomerDocument(
        String customerNumber,
        String legalName,
        String vatId,
        String country,
        List<AddressBody> addresses,
        List<ContactBody> contacts,
        CreditLimitBody creditLimit,
        String creditStatus,
        String paymentTerms,
        IncotermBody incoterm,
        String priceListCode,
        SourceBody source) {

    public record CreditLimitBody(BigDecimal amount, String currency) {
    }

    public record IncotermBody(String code, String place) {
    }

    static CustomerDocument of(CustomerAttributes a) {
        return new CustomerDocument(a.customerNumber(), a.legalName(), a.vatId(), a.country(),
                PartnerDocumentParts.map(a.addresses(), AddressBody::of), PartnerDocumentParts.map(a.contacts(), ContactBody::of),
                a.creditLimit() == null ? null : new CreditLimitBody(a.creditLimit().amount(), a.creditLimit().currency()),
                a.creditStatus().name().toLowerCase(Locale.ROOT), a.paymentTerms(),
                a.incoterm() == null ? null : new IncotermBody(a.incoterm().incoterm(), a.incoterm().place()),
                a.priceListCode(), SourceBody.of(a.source()));
    }

    CustomerAttributes toAttributes() {
        return new CustomerAttributes(customerNumber, legalName, vatId, country,
                PartnerDocumentParts.map(addresses, AddressBody::toAddress),
                PartnerDocumentParts.map(contacts, ContactBody::toContact),
                creditLimit == null ? null : new CreditLimit(creditLimit.amount(), creditLimit.currency()),
                CreditStatus.valueOf(creditStatus.toUpperCase(Locale.ROOT)), paymentTerms,
                incoterm == null ? null : new DeliveryTerms(incoterm.code(), incoterm.place()),
                priceListCode, SourceBody.toSource(source));
    }
}
