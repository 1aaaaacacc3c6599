package org.mdmhub.mdm.item.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure.Dimension;
import org.mdmhub.mdm.quality.referencedata.Units;

/** A few UN/CEFACT Rec 20 units for the item's verb tests: piece, kilogram, metre. */
final class KnownUnits implements Units {
    private final Map<String, UnitOfMeasure> units = new HashMap<>(Map.of(
            "C62", new UnitOfMeasure("C62", "one", Dimension.COUNT, BigDecimal.ONE, Instant.EPOCH),
            "KGM", new UnitOfMeasure("KGM", "kilogram", Dimension.MASS, BigDecimal.ONE, Instant.EPOCH),
            "MTR", new UnitOfMeasure("MTR", "metre", Dimension.LENGTH, BigDecimal.ONE, Instant.EPOCH)));

    /** The same units but {@code code}, as if it had been withdrawn from the reference table. */
    KnownUnits without(String code) {
        units.remove(code);
        return this;
    }

    @Override
    public Optional<UnitOfMeasure> byCode(String code) {
        return Optional.ofNullable(units.get(code));
    }

    @Override
    public List<UnitOfMeasure> all() {
        return List.copyOf(units.values());
    }

    @Override
    public void add(UnitOfMeasure unit) {
        throw new UnsupportedOperationException("the test units are fixed");
    }
}
