package org.mdmhub.mdm.bom.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.quality.referencedata.UnitOfMeasure;

/**
 * The rules a BOM must satisfy beyond its JSON shape, checked on every save (DESIGN.md, Domains → BOM):
 * <ul>
 *   <li>the parent item revision exists, and the produced quantity is in a unit convertible to its base unit;</li>
 *   <li>every component exists (and its pinned revision, if any) and is not the parent itself;</li>
 *   <li>quantities are above zero, scrap is at least 0 and below 100 %;</li>
 *   <li>each line's unit converts to its component's base unit (of the pinned revision, or of the revision
 *       a floating line resolves to);</li>
 *   <li>effectivity windows run forwards and each line's window lies inside the BOM's;</li>
 *   <li>plant codes exist; positions are unique within the BOM;</li>
 *   <li>no cycle through any chain of BOMs.</li>
 * </ul>
 * Errors name fields as the client sent them ({@code lines[3].unit}, by index in the request). A value the
 * {@link Bom}'s verbs are given: no BOM is drafted, revised or released without them.
 */
public final class BomRules {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BomReferences references;

    public BomRules(BomReferences references) {
        this.references = Objects.requireNonNull(references);
    }

    /** Refuses a BOM that breaks a rule, naming every field at fault ({@code saved} as in {@link #violations}). */
    public void require(BomAttributes bom, UUID saved) {
        MdmException.refuseAny(violations(bom, saved));
    }

    /**
     * What a BOM breaks at release: the rules of every save (reference data may have changed since the draft
     * was saved), and components that are not released — a pinned revision must be RELEASED, a floating line
     * needs a released revision to float to.
     */
    public List<FieldError> releaseViolations(BomAttributes bom, UUID saved) {
        List<FieldError> errors = new ArrayList<>(violations(bom, saved));
        Map<String, List<ItemRevision>> revisions = references.itemRevisions(
                bom.lines().stream().map(l -> l.component().itemNumber()).distinct().toList());
        for (int i = 0; i < bom.lines().size(); i++) {
            BomLineAttributes line = bom.lines().get(i);
            String field = "lines[" + i + "].component";
            List<ItemRevision> known = revisions.getOrDefault(line.component().itemNumber(), List.of());
            if (line.component().pinned()) {
                known.stream().filter(r -> r.revision().equals(line.component().revision())).findFirst()
                        .filter(r -> r.state() != LifecycleState.RELEASED)
                        .ifPresent(r -> errors.add(new FieldError(field,
                                "component " + line.component() + " is " + r.state() + ", not RELEASED")));
            } else if (known.stream().noneMatch(r -> r.state() == LifecycleState.RELEASED)) {
                errors.add(new FieldError(field,
                        "component " + line.component() + " has no RELEASED revision to float to"));
            }
        }
        return errors;
    }

    /**
     * @param saved the id of the BOM being updated (its current lines are replaced, so they do not count as
     *              part of the structure), or null for a new BOM
     */
    public List<FieldError> violations(BomAttributes bom, UUID saved) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> numbers = new LinkedHashSet<>();
        numbers.add(bom.parent().itemNumber());
        bom.lines().forEach(line -> numbers.add(line.component().itemNumber()));
        Map<String, List<ItemRevision>> items = references.itemRevisions(numbers);
        Map<String, Optional<UnitOfMeasure>> units = new HashMap<>();

        checkParent(bom, items, units, references, errors);
        if (bom.effectiveFrom() != null && bom.effectiveTo() != null && bom.effectiveTo().isBefore(bom.effectiveFrom())) {
            errors.add(new FieldError("effectiveTo", "is before effectiveFrom " + bom.effectiveFrom()));
        }
        for (int i = 0; i < bom.plants().size(); i++) {
            String plant = bom.plants().get(i);
            if (!references.plantExists(plant)) {
                errors.add(new FieldError("plants[" + i + "]", "'" + plant + "' is not a known plant"));
            }
        }
        Map<Integer, Integer> positions = new HashMap<>();
        for (int i = 0; i < bom.lines().size(); i++) {
            checkLine(bom, i, items, units, references, positions, errors);
        }
        cycle(bom, saved, references).ifPresent(errors::add);
        return errors;
    }

    private static void checkParent(BomAttributes bom, Map<String, List<ItemRevision>> items,
                                    Map<String, Optional<UnitOfMeasure>> units, BomReferences references, List<FieldError> errors) {
        ItemRef parent = bom.parent();
        List<ItemRevision> revisions = items.getOrDefault(parent.itemNumber(), List.of());
        Optional<ItemRevision> item = revisions.stream().filter(r -> r.revision().equals(parent.revision())).findFirst();
        if (revisions.isEmpty()) {
            errors.add(new FieldError("parent.itemNumber", "no item " + parent.itemNumber() + " exists"));
        } else if (item.isEmpty()) {
            errors.add(new FieldError("parent.revision", "item " + parent.itemNumber() + " has no revision " + parent.revision()));
        }
        Quantity produced = bom.producedQuantity();
        if (produced.value().signum() <= 0) {
            errors.add(new FieldError("producedQuantity.value", "must be greater than 0"));
        }
        unitError("producedQuantity.unit", produced.unit(), item, units, references).ifPresent(errors::add);
    }

    private static void checkLine(BomAttributes bom, int index, Map<String, List<ItemRevision>> items,
                                  Map<String, Optional<UnitOfMeasure>> units, BomReferences references,
                                  Map<Integer, Integer> positions, List<FieldError> errors) {
        BomLineAttributes line = bom.lines().get(index);
        String at = "lines[" + index + "]";

        Integer first = positions.putIfAbsent(line.position(), index);
        if (first != null) {
            errors.add(new FieldError(at + ".position", "position " + line.position() + " is also used by lines[" + first + "]"));
        }

        ComponentRef component = line.component();
        Optional<ItemRevision> resolved = Optional.empty();
        List<ItemRevision> revisions = items.getOrDefault(component.itemNumber(), List.of());
        if (component.itemNumber().equals(bom.parent().itemNumber())) {
            errors.add(new FieldError(at + ".component.itemNumber", "is the parent item itself; a BOM cannot contain its own parent"));
        } else if (revisions.isEmpty()) {
            errors.add(new FieldError(at + ".component.itemNumber", "no item " + component.itemNumber() + " exists"));
        } else if (component.pinned()) {
            resolved = revisions.stream().filter(r -> r.revision().equals(component.revision())).findFirst();
            if (resolved.isEmpty()) {
                errors.add(new FieldError(at + ".component.revision",
                        "item " + component.itemNumber() + " has no revision " + component.revision()));
            }
        } else {
            resolved = ItemRevision.floatingTarget(revisions);
        }

        if (line.quantity().signum() <= 0) {
            errors.add(new FieldError(at + ".quantity", "must be greater than 0"));
        }
        if (line.scrapPercent().signum() < 0 || line.scrapPercent().compareTo(HUNDRED) >= 0) {
            errors.add(new FieldError(at + ".scrapPercent", "must be at least 0 and below 100"));
        }
        unitError(at + ".unit", line.unit(), resolved, units, references).ifPresent(errors::add);

        if (line.effectiveFrom() != null && line.effectiveTo() != null && line.effectiveTo().isBefore(line.effectiveFrom())) {
            errors.add(new FieldError(at + ".effectiveTo", "is before the line's effectiveFrom " + line.effectiveFrom()));
        } else {
            outsideWindow(bom, line.effectiveFrom()).ifPresent(m -> errors.add(new FieldError(at + ".effectiveFrom", m)));
            outsideWindow(bom, line.effectiveTo()).ifPresent(m -> errors.add(new FieldError(at + ".effectiveTo", m)));
        }
    }

    /** Why {@code unit} cannot be used for a quantity of {@code item}, if it cannot. */
    private static Optional<FieldError> unitError(String field, String unit, Optional<ItemRevision> item,
                                                  Map<String, Optional<UnitOfMeasure>> units, BomReferences references) {
        Optional<UnitOfMeasure> facts = units.computeIfAbsent(unit, references::unit);
        if (facts.isEmpty()) {
            return Optional.of(new FieldError(field, "'" + unit + "' is not a known UN/CEFACT Rec 20 unit code"));
        }
        if (item.isEmpty()) {
            return Optional.empty(); // the missing item is reported on its own field
        }
        String baseUnit = item.get().baseUnit();
        Optional<UnitOfMeasure> base = units.computeIfAbsent(baseUnit, references::unit);
        if (base.isPresent() && !facts.get().convertsTo(base.get())) {
            return Optional.of(new FieldError(field, "'" + unit + "' does not convert to " + baseUnit + ", the base unit of item "
                    + item.get().itemNumber() + "/" + item.get().revision()));
        }
        return Optional.empty();
    }

    private static Optional<String> outsideWindow(BomAttributes bom, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        if (bom.effectiveFrom() != null && date.isBefore(bom.effectiveFrom())) {
            return Optional.of("is before the BOM's effectiveFrom " + bom.effectiveFrom());
        }
        if (bom.effectiveTo() != null && date.isAfter(bom.effectiveTo())) {
            return Optional.of("is after the BOM's effectiveTo " + bom.effectiveTo());
        }
        return Optional.empty();
    }

    /**
     * Saving the BOM adds an edge from its parent to each component. That closes a cycle exactly when the
     * parent is already reachable from one of the components; the error shows the whole loop.
     */
    private static Optional<FieldError> cycle(BomAttributes bom, UUID saved, BomReferences references) {
        String parent = bom.parent().itemNumber();
        Set<String> components = new LinkedHashSet<>();
        bom.lines().forEach(line -> components.add(line.component().itemNumber()));
        components.remove(parent); // a line naming the parent itself is reported on that line
        if (components.isEmpty()) {
            return Optional.empty();
        }
        return references.pathToParent(parent, components, saved).map(path -> {
            List<String> loop = new ArrayList<>(path.size() + 1);
            loop.add(parent);
            loop.addAll(path);
            return new FieldError("lines", "cycle: " + String.join(" → ", loop));
        });
    }
}
