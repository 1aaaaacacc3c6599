package org.mdmhub.mdm.item.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.quality.checkdigit.Gtin;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure.Dimension;
import org.mdmhub.mdm.quality.referencedata.Units;

/**
 * The rules an item must satisfy beyond its JSON shape: a GTIN with a valid GS1 check digit, and unit
 * codes that exist in the UN/CEFACT Rec 20 reference table (a weight in a unit of mass). A value the
 * {@link Item}'s verbs are given: no item is drafted, revised, changed or released without them.
 */
public final class ItemRules {
    private final Units units;

    public ItemRules(Units units) {
        this.units = Objects.requireNonNull(units);
    }

    /** Refuses attributes that break a rule, naming every field at fault. */
    public void require(ItemAttributes item) {
        MdmException.refuseAny(violations(item));
    }

    public List<FieldError> violations(ItemAttributes item) {
        List<FieldError> errors = new ArrayList<>();
        if (item.gtin() != null && !Gtin.isValid(item.gtin())) {
            errors.add(new FieldError("gtin", "is not a valid GTIN-8/12/13/14 (GS1 check digit mismatch)"));
        }
        if (units.byCode(item.baseUnit()).isEmpty()) {
            errors.add(new FieldError("baseUnit", "'" + item.baseUnit() + "' is not a known UN/CEFACT Rec 20 unit code"));
        }
        if (item.weight() != null) {
            Optional<UnitOfMeasure> unit = units.byCode(item.weight().unit());
            if (unit.isEmpty()) {
                errors.add(new FieldError("weight.unit", "'" + item.weight().unit() + "' is not a known UN/CEFACT Rec 20 unit code"));
            } else if (unit.get().dimension() != Dimension.MASS) {
                errors.add(new FieldError("weight.unit", "'" + item.weight().unit() + "' is a unit of "
                        + unit.get().dimension().name().toLowerCase() + ", not of mass"));
            }
        }
        return errors;
    }
}
