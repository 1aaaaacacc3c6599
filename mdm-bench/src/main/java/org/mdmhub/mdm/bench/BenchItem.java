package org.mdmhub.mdm.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

/**
 * One item the benchmark writes: the JSON body of an API create, and the same values as a baseline row.
 * Both sides of the create comparison write these, so they store the same data.
 */
record BenchItem(@JsonIgnore UUID id, String itemNumber, String revision, String name, String type,
                 String baseUnit, String gtin, Weight weight) {

    /** A valid GTIN-13 (check digit 1), so the API's check-digit rule passes like it would for real data. */
    private static final String GTIN = "4006381333931";

    record Weight(BigDecimal value, String unit) {
    }

    /**
     * Item {@code n} of a round. The number is unique per run and round (the API refuses a duplicate
     * number/revision, and so does the baseline table, which copies the unique constraint).
     */
    static BenchItem of(String runId, String round, int n) {
        return new BenchItem(UUID.randomUUID(), "BENCH-" + runId + "-" + round + "-" + n, "A", "Bench bolt " + n,
                "component", "C62", GTIN, new Weight(new BigDecimal("0.012"), "KGM"));
    }

    /** The value the API stores in {@code item.item_type} (the enum name). */
    String storedType() {
        return type.toUpperCase(Locale.ROOT);
    }
}
