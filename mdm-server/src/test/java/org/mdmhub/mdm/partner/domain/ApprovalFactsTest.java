package org.mdmhub.mdm.partner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mdmhub.mdm.partner.domain.ASupplier.aSupplier;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The facts the approval rules decide partner changes on: a supplier's bank change, a customer's credit raise. */
class ApprovalFactsTest {
    private static final String IBAN = "DE89370400440532013000";
    private static final String OTHER_IBAN = "DE02120300000000202051";

    @Test
    void bankAccountsDifferWhenAnAccountIsAddedRemovedOrChangedButNotForItsIdOrPlace() {
        UUID id = UUID.randomUUID();
        BankAccount stored = new BankAccount(id, IBAN, "COBADEFFXXX", "Acme GmbH", "Commerzbank", null);
        SupplierAttributes released = aSupplier().bankAccount(stored).build();

        assertFalse(released.bankAccountsDifferFrom(aSupplier().bankAccount(stored).build()));
        assertFalse(released.bankAccountsDifferFrom(aSupplier().bankAccount(IBAN).build()), "same account sent again as new");
        assertTrue(released.bankAccountsDifferFrom(aSupplier().bankAccount(OTHER_IBAN).build()));
        assertTrue(released.bankAccountsDifferFrom(aSupplier().build()), "removed");
        assertTrue(released.bankAccountsDifferFrom(aSupplier().bankAccount(stored).bankAccount(OTHER_IBAN).build()), "added");
        assertTrue(released.bankAccountsDifferFrom(aSupplier().bankAccount(
                new BankAccount(id, IBAN, "COBADEFFXXX", "Someone Else Ltd", "Commerzbank", null)).build()), "holder changed");
    }

    @Test
    void aCreditRaiseIsWhatTheLimitGoesUpByInOneCurrency() {
        CreditLimit eur5000 = new CreditLimit(new BigDecimal("5000.00"), "EUR");
        assertEquals(0, new BigDecimal("15000").compareTo(CreditLimit.raise(eur5000, new CreditLimit(new BigDecimal("20000"), "EUR"))));
        assertEquals(0, BigDecimal.ZERO.compareTo(CreditLimit.raise(eur5000, new CreditLimit(new BigDecimal("1000"), "EUR"))));
        assertEquals(0, BigDecimal.ZERO.compareTo(CreditLimit.raise(eur5000, null)));
        assertEquals(0, new BigDecimal("5000").compareTo(CreditLimit.raise(null, eur5000)), "a new limit is raised whole");
        assertEquals(0, new BigDecimal("6000").compareTo(CreditLimit.raise(eur5000, new CreditLimit(new BigDecimal("6000"), "USD"))),
                "another currency counts whole");
    }
}
