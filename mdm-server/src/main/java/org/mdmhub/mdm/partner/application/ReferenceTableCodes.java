package org.mdmhub.mdm.partner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import org.mdmhub.mdm.partner.domain.ReferenceCodes;
import org.mdmhub.mdm.quality.referencedata.ReferenceData;

/** The partner rules' view of the reference tables. */
@ApplicationScoped
class ReferenceTableCodes implements ReferenceCodes {

    @Inject
    ReferenceData referenceData;

    @Override
    public boolean isCountry(String code) {
        return referenceData.country(code).isPresent();
    }

    @Override
    public OptionalInt minorUnits(String currency) {
        return referenceData.currency(currency).map(c -> OptionalInt.of(c.minorUnits())).orElse(OptionalInt.empty());
    }

    @Override
    public boolean isIncoterm(String code) {
        return referenceData.incoterm(code).isPresent();
    }
}
