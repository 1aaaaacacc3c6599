package org.mdmhub.mdm.partner.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A bank account a supplier is paid to. Bank data is sensitive: readers without the finance role only ever
 * see the IBAN masked, and (DESIGN.md) every change to a supplier's bank accounts needs finance approval.
 *
 * @param id   the account's stable id; null in a request for a new account. Clients send it back to keep
 *             an account, which also lets a reader who only saw the masked IBAN send that back unchanged
 * @param iban in electronic form (no spaces, upper case): print form is accepted and compacted here
 * @param bic  ISO 9362, upper case; optional, as within SEPA
 */
public record BankAccount(UUID id, String iban, String bic, String accountHolder, String bankName, String currency) {
    /** The character {@code Iban.mask} hides digits with; no real IBAN contains it. */
    static final char MASK = '*';

    public BankAccount {
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(accountHolder, "accountHolder");
        iban = iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        bic = bic == null ? null : bic.toUpperCase(Locale.ROOT);
    }

    /** Whether the IBAN is a masked one, as shown to readers without the finance role. */
    public boolean hasMaskedIban() {
        return iban.indexOf(MASK) >= 0;
    }

    BankAccount withoutId() {
        return new BankAccount(null, iban, bic, accountHolder, bankName, currency);
    }

    BankAccount withIban(String clearIban) {
        return new BankAccount(id, clearIban, bic, accountHolder, bankName, currency);
    }
}
