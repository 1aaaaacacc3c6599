package org.mdmhub.mdm.partner.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** The most a customer may owe us, in an ISO 4217 currency. */
public record CreditLimit(BigDecimal amount, String currency) {
    public CreditLimit {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        // 5000 and 5000.00 are the same limit: keep one form so that comparisons and diffs agree
        amount = amount.stripTrailingZeros();
    }

    /**
     * How much more credit {@code to} grants than {@code from}; zero when it stays or goes down. No limit
     * grants no credit. A limit in another currency counts whole: two currencies cannot be compared without
     * a rate, and the approval rules would rather ask once too often.
     */
    public static BigDecimal raise(CreditLimit from, CreditLimit to) {
        if (to == null) {
            return BigDecimal.ZERO;
        }
        if (from == null || !from.currency().equals(to.currency())) {
            return to.amount();
        }
        return to.amount().subtract(from.amount()).max(BigDecimal.ZERO);
    }
}
