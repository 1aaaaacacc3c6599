package org.mdmhub.mdm.partner.api;

import jakarta.ws.rs.core.SecurityContext;
import org.mdmhub.mdm.partner.domain.BankAccount;
import org.mdmhub.mdm.quality.checkdigit.Iban;
import org.mdmhub.mdm.security.Roles;

/**
 * How much of a supplier's bank accounts the caller sees. DESIGN.md: bank data is sensitive and masked for
 * anyone without the finance role; admins see it too, since they run the hub and answer for its data. Every
 * document a supplier appears in is built for its caller, history and diffs included, so no path shows an
 * IBAN in clear to a steward or viewer.
 * <p>
 * Only the IBAN is masked (country, check digits and last four characters stay, enough to recognise an
 * account): a BIC and a bank name identify a bank, not an account, and the account holder is normally the
 * supplier itself, whose name is on every invoice.
 */
enum BankDetails {
    CLEAR, MASKED;

    static BankDetails shownTo(SecurityContext caller) {
        return caller.isUserInRole(Roles.APPROVER_FINANCE) || caller.isUserInRole(Roles.ADMIN) ? CLEAR : MASKED;
    }

    BankAccountJson show(BankAccount account) {
        return new BankAccountJson(account.id(), this == CLEAR ? account.iban() : Iban.mask(account.iban()),
                account.bic(), account.accountHolder(), account.bankName(), account.currency());
    }
}
