package org.mdmhub.mdm.quality.referencedata;

import java.util.List;
import java.util.Optional;

/** The unit-of-measure reference table. */
public interface Units {
    Optional<UnitOfMeasure> byCode(String code);

    List<UnitOfMeasure> all();

    void add(UnitOfMeasure unit);
}
