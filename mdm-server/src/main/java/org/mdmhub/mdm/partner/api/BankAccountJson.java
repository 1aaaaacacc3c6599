package org.mdmhub.mdm.partner.api;

import java.util.UUID;
import org.mdmhub.mdm.partner.domain.BankAccount;

/**
 * A bank account in a request (without {@code id} when new) and in a response (always with it, and with the
 * IBAN masked unless the caller may see it: {@link BankDetails}).
 */
public record BankAccountJson(UUID id, String iban, String bic, String accountHolder, String bankName, String currency) {
    BankAccount toBankAccount() {
        return new BankAccount(id, iban, bic, accountHolder, bankName, currency);
    }
}
