package org.mdmhub.mdm.partner.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.mdmhub.mdm.partner.domain.CreditLimit;
import org.mdmhub.mdm.partner.domain.CreditStatus;
import org.mdmhub.mdm.partner.domain.CustomerAttributes;
import org.mdmhub.mdm.partner.domain.DeliveryTerms;

/** The body of a create or update, shaped by {@code schemas/v1/customer.schema.json} (checked before this is read). */
public record CustomerRequest(
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
        SourceJson source) {

    public record CreditLimitJson(BigDecimal amount, String currency) {
    }

    public record IncotermJson(String code, String place) {
    }

    CustomerAttributes toAttributes() {
        return new CustomerAttributes(customerNumber, legalName, vatId, country,
                addresses == null ? null : addresses.stream().map(AddressJson::toAddress).toList(),
                contacts == null ? null : contacts.stream().map(ContactJson::toContact).toList(),
                creditLimit == null ? null : new CreditLimit(creditLimit.amount(), creditLimit.currency()),
                CreditStatus.valueOf(creditStatus.toUpperCase(Locale.ROOT)),
                paymentTerms,
                incoterm == null ? null : new DeliveryTerms(incoterm.code(), incoterm.place()),
                priceListCode, SourceJson.toSource(source));
    }
}
