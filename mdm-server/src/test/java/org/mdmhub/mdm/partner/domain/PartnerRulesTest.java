package org.mdmhub.mdm.partner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mdmhub.mdm.partner.domain.ASupplier.aSupplier;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.platform.problem.FieldError;

/** The partner rules name each broken field as the request has it, list indexes included. */
class PartnerRulesTest {
    private final PartnerRules rules = new PartnerRules(new KnownCodes());

    private List<String> fields(SupplierAttributes supplier) {
        return rules.violations(supplier).stream().map(FieldError::field).toList();
    }

    private List<String> fields(CustomerAttributes customer) {
        return rules.violations(customer).stream().map(FieldError::field).toList();
    }

    private static CustomerAttributes customer(String country, String vatId, CreditLimit limit, DeliveryTerms terms) {
        return new CustomerAttributes("C-1", "Globex SARL", vatId, country, List.of(), List.of(), limit,
                CreditStatus.OK, "NET30", terms, "PL-EU", null);
    }

    @Test
    void aValidSupplierBreaksNoRule() {
        assertEquals(List.of(), fields(aSupplier()
                .address(new Address(null, AddressType.LEGAL, "Hauptstr. 1", "10115", "Berlin", null, "DE"))
                .contact(new Contact(null, "Eva Muster", "sales", "eva@acme.example", "+49 30 1234567"))
                .bankAccount("DE89 3704 0044 0532 0130 00")
                .build()));
    }

    @Test
    void anIbanWithOneDigitChangedIsRefusedAtItsIndex() {
        List<FieldError> errors = rules.violations(aSupplier()
                .bankAccount("DE89370400440532013000")
                .bankAccount("DE89370400440532013001")
                .build());
        assertEquals(List.of("bankAccounts[1].iban"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("MOD 97"), errors.toString());
    }

    @Test
    void anIbanOfTheWrongLengthSaysWhatLengthItsCountryUses() {
        List<FieldError> errors = rules.violations(aSupplier().bankAccount("DE8937040044053201300").build());
        assertEquals("DE IBANs have 22 characters; this one has 21", errors.get(0).message());
    }

    @Test
    void theSameIbanTwiceIsOneAccount() {
        List<FieldError> errors = rules.violations(aSupplier()
                .bankAccount("DE89370400440532013000").bankAccount("de89 3704 0044 0532 0130 00").build());
        assertEquals(List.of(new FieldError("bankAccounts[1].iban", "is the same account as bankAccounts[0]")), errors);
    }

    @Test
    void aMaskedIbanIsNotAnIban() {
        List<FieldError> errors = rules.violations(aSupplier().bankAccount("DE89 **** **** **** **30 00").build());
        assertEquals("bankAccounts[0].iban", errors.get(0).field());
        assertTrue(errors.get(0).message().startsWith("is masked"), errors.toString());
    }

    @Test
    void bicAndAccountCurrencyAreChecked() {
        assertEquals(List.of("bankAccounts[0].bic", "bankAccounts[0].currency"), fields(aSupplier()
                .bankAccount(new BankAccount(null, "DE89370400440532013000", "COBAXXFF", "Acme", null, "XYZ")).build()));
    }

    @Test
    void theVatIdIsReadInTheFormatOfTheSuppliersCountry() {
        assertEquals(List.of("vatId"), fields(aSupplier().vatId("DE123456789").build())); // check digit
        assertEquals(List.of("vatId"), fields(aSupplier().country("FR").build()));        // a German id for France
        assertEquals(List.of(), fields(aSupplier().country("GR").vatId("EL094259216").build()));
        assertEquals(List.of(), fields(aSupplier().country("US").vatId("12-3456789").currency("USD").build()));
        assertEquals(List.of(), fields(aSupplier().country("JP").vatId(null).currency("JPY").build()));
    }

    @Test
    void unknownCountryAndCurrencyCodesAreRefusedWithoutAVatErrorOnTop() {
        assertEquals(List.of("country", "currency"), fields(aSupplier().country("XX").currency("XXY").build()));
    }

    @Test
    void contactsNeedUsableEmailAndInternationalPhone() {
        assertEquals(List.of("contacts[1].email", "contacts[1].phone"), fields(aSupplier()
                .contact(new Contact(null, "Ok", null, "ok@acme.example", "+49 (30) 123-4567"))
                .contact(new Contact(null, "Bad", null, "bad@acme", "030 1234567"))
                .build()));
    }

    @Test
    void addressCountriesMustExist() {
        assertEquals(List.of("addresses[0].country"), fields(aSupplier()
                .address(new Address(null, AddressType.SHIPPING, "Dock 4", null, "Nowhere", null, "QQ")).build()));
    }

    @Test
    void aCreditLimitIsNeverNegativeAndHasNoMoreDecimalsThanItsCurrency() {
        assertEquals(List.of(), fields(customer("FR", "FR40303265045", new CreditLimit(new BigDecimal("5000.50"), "EUR"), null)));
        assertEquals(List.of("creditLimit.amount"), fields(customer("FR", null, new CreditLimit(new BigDecimal("-1"), "EUR"), null)));
        assertEquals(List.of("creditLimit.amount"), fields(customer("FR", null, new CreditLimit(new BigDecimal("10.5"), "JPY"), null)));
        assertEquals(List.of("creditLimit.currency"), fields(customer("FR", null, new CreditLimit(BigDecimal.TEN, "EUX"), null)));
    }

    @Test
    void theIncotermMustBeAnIncoterms2020Rule() {
        assertEquals(List.of(), fields(customer("NL", "NL004495445B01", null, new DeliveryTerms("FCA", "Rotterdam"))));
        assertEquals(List.of("incoterm.code"), fields(customer("NL", null, null, new DeliveryTerms("FOT", "Rotterdam"))));
    }
}
