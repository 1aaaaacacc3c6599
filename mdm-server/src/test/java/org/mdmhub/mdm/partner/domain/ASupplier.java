package org.mdmhub.mdm.partner.domain;

import java.util.ArrayList;
import java.util.List;

/** Builds supplier attributes for tests: a valid German supplier unless told otherwise. */
final class ASupplier {
    private String number = "S-1000";
    private String vatId = "DE136695976";
    private String country = "DE";
    private String currency = "EUR";
    private final List<Address> addresses = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<BankAccount> bankAccounts = new ArrayList<>();

    static ASupplier aSupplier() {
        return new ASupplier();
    }

    ASupplier number(String value) { number = value; return this; }
    ASupplier vatId(String value) { vatId = value; return this; }
    ASupplier country(String value) { country = value; return this; }
    ASupplier currency(String value) { currency = value; return this; }
    ASupplier address(Address value) { addresses.add(value); return this; }
    ASupplier contact(Contact value) { contacts.add(value); return this; }
    ASupplier bankAccount(BankAccount value) { bankAccounts.add(value); return this; }

    ASupplier bankAccount(String iban) {
        return bankAccount(new BankAccount(null, iban, "COBADEFFXXX", "Acme GmbH", "Commerzbank", null));
    }

    SupplierAttributes build() {
        return new SupplierAttributes(number, "Acme GmbH", vatId, country, addresses, contacts, bankAccounts, "NET30",
                currency, null);
    }
}
