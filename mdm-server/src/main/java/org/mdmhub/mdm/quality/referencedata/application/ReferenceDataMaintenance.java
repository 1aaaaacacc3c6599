package org.mdmhub.mdm.quality.referencedata.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.quality.referencedata.Plant;
import org.mdmhub.mdm.quality.referencedata.ReferenceData;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure;
import org.mdmhub.mdm.quality.referencedata.Units;

/** A steward adds a plant or a unit (with its conversion factor); both are audited. */
@ApplicationScoped
@Transactional
public class ReferenceDataMaintenance {

    @Inject
    Clock clock;
    @Inject ReferenceData referenceData;
    @Inject Units units;
    @Inject ChangeReason reason;

    public Plant addPlant(String code, String name, String country) {
        if (referenceData.country(country).isEmpty()) {
            throw MdmException.validation(List.of(new FieldError("country", "'" + country + "' is not an ISO 3166-1 country code")));
        }
        if (referenceData.plant(code).isPresent()) {
            throw new MdmException(ProblemType.CONFLICT, "Plant " + code + " already exists",
                    List.of(new FieldError("code", "plant " + code + " already exists")));
        }
        reason.defaultTo("plant " + code + " added");
        Plant plant = new Plant(code, name, country, clock.instant());
        referenceData.addPlant(plant);
        return plant;
    }

    public UnitOfMeasure addUnit(String code, String name, UnitOfMeasure.Dimension dimension, BigDecimal factorToBase) {
        if (units.byCode(code).isPresent()) {
            throw new MdmException(ProblemType.CONFLICT, "Unit " + code + " already exists",
                    List.of(new FieldError("code", "unit " + code + " already exists")));
        }
        reason.defaultTo("unit " + code + " added");
        UnitOfMeasure unit = new UnitOfMeasure(code, name, dimension, factorToBase, clock.instant());
        units.add(unit);
        return unit;
    }
}
