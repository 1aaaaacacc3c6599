package org.mdmhub.mdm.inbound.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An unchanged payload is recognised whatever the scale of its numbers; any other difference is a change. */
class SameContentTest {
    record Line(String component, BigDecimal quantity) {
    }

    record Doc(String name, List<Line> lines) {
    }

    @Test
    void numbersCompareByValue() {
        assertTrue(SameContent.same(new Doc("Bike", List.of(new Line("A", new BigDecimal("1.50")))),
                new Doc("Bike", List.of(new Line("A", new BigDecimal("1.5"))))));
    }

    @Test
    void anyOtherDifferenceIsAChange() {
        Doc held = new Doc("Bike", List.of(new Line("A", BigDecimal.ONE)));
        assertFalse(SameContent.same(held, new Doc("Bike", List.of(new Line("A", BigDecimal.TEN)))));
        assertFalse(SameContent.same(held, new Doc("Bike ", List.of(new Line("A", BigDecimal.ONE)))));
        assertFalse(SameContent.same(held, new Doc("Bike", List.of())));
        assertFalse(SameContent.same(held, new Doc("Bike", null)));
    }
}
