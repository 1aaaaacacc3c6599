package org.mdmhub.mdm.partner.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.partner.domain.BankAccount;

/** Masking hides the account number and nothing else. */
class BankDetailsTest {
    private final BankAccount account = new BankAccount(UUID.randomUUID(), "DE89370400440532013000", "COBADEFFXXX",
            "Acme GmbH", "Commerzbank", "EUR");

    @Test
    void maskedShowsCountryCheckDigitsAndTheLastFourCharactersOnly() {
        BankAccountJson shown = BankDetails.MASKED.show(account);
        assertEquals("DE89 **** **** **** **30 00", shown.iban());
        assertEquals(new BankAccountJson(account.id(), shown.iban(), "COBADEFFXXX", "Acme GmbH", "Commerzbank", "EUR"), shown);
    }

    @Test
    void clearShowsTheIbanInElectronicForm() {
        assertEquals("DE89370400440532013000", BankDetails.CLEAR.show(account).iban());
    }
}
