package org.mdmhub.mdm.partner.domain;

import java.util.Objects;

/**
 * An Incoterms 2020 rule with the place it names (FCA Hamburg, DAP Lyon warehouse): the rule alone says
 * nothing about where risk passes.
 */
public record DeliveryTerms(String incoterm, String place) {
    public DeliveryTerms {
        Objects.requireNonNull(incoterm, "incoterm");
        Objects.requireNonNull(place, "place");
    }
}
