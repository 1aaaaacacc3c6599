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
}
