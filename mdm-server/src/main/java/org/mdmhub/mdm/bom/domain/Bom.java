package org.mdmhub.mdm.bom.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.mdmhub.mdm.golden.domain.ChildLines;
import org.mdmhub.mdm.golden.domain.GoldenRecord;
import org.mdmhub.mdm.item.domain.Revisions;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * The BOM golden record: which components, in which quantities, make one revision of a parent item. It is
 * created as a draft and changes only through its verbs; every committed change is an audited revision,
 * lines and plant applicability included. {@code version} counts saved versions (1, 2, 3…);
 * {@code lockVersion} is the optimistic-locking token behind the ETag. A new BOM revision is a new record
 * that points to its {@code predecessorId}.
 */
@Entity
@Table(name = "bom")
@Audited
public class Bom extends GoldenRecord {
    /** Revisions run A … Z, AA … ZZ, as item revisions do (two letters at most, per the schemas). */
    private static final String LAST_REVISION = "ZZ";
    private static final ChildLines.IdMessages LINE_ID_MESSAGES = new ChildLines.IdMessages(
            "is not a line of this BOM; leave id out for a new line", "the same line is sent twice");

    @Column(name = "parent_item_number", nullable = false, updatable = false)
    private String parentItemNumber;

    @Column(name = "parent_revision", nullable = false, updatable = false)
    private String parentRevision;

    @Column(name = "bom_revision", nullable = false, updatable = false)
    private String bomRevision;

    @Column(name = "produced_quantity", nullable = false)
    private BigDecimal producedQuantity;

    @Column(name = "produced_unit", nullable = false)
    private String producedUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "bom_type", nullable = false)
    private BomType type;

    // eager: a handful of codes, and every reader of a BOM shows them
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bom_plant", joinColumns = @JoinColumn(name = "bom_id"))
    @Column(name = "plant_code", nullable = false)
    @BatchSize(size = 50)
    private Set<String> plants = new HashSet<>();

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @OneToMany(mappedBy = "bom", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 50)
    private List<BomLine> lines = new ArrayList<>();

    @Column(name = "predecessor_id", updatable = false)
    private UUID predecessorId;

    protected Bom() {
        // for JPA
    }

    private Bom(Instant now) {
        super(now);
    }

    /** A new BOM, in DRAFT, at version 1. Its lines are all new: none may carry an id yet. */
    public static Bom draft(BomAttributes attributes, BomRules rules, Instant now) {
        rules.require(attributes, null);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < attributes.lines().size(); i++) {
            if (attributes.lines().get(i).id() != null) {
                errors.add(new FieldError("lines[" + i + "].id", "a new BOM has no lines to keep yet; leave id out"));
            }
        }
        if (!errors.isEmpty()) {
            throw MdmException.validation(errors);
        }
        return create(attributes, null, now);
    }

    private static Bom create(BomAttributes attributes, UUID predecessorId, Instant now) {
        Bom bom = new Bom(now);
        bom.parentItemNumber = attributes.parent().itemNumber();
        bom.parentRevision = attributes.parent().revision();
        bom.bomRevision = attributes.bomRevision();
        bom.predecessorId = predecessorId;
        bom.apply(attributes);
        return bom;
    }

    /**
     * The next revision of this BOM (A → B) as a record of its own: a draft at version 1 with the same
     * header and lines — new line ids, since they are new lines of a new record — pointing back here.
     */
    public Bom nextRevision(BomRules rules, Instant now) {
        if (LAST_REVISION.equals(bomRevision)) {
            throw new MdmException(ProblemType.CONFLICT, "BOM " + businessKey() + " is at the last revision",
                    List.of(new FieldError("bomRevision", LAST_REVISION + " is the last revision")));
        }
        BomAttributes current = attributes();
        BomAttributes next = new BomAttributes(current.parent(), Revisions.next(bomRevision), current.producedQuantity(),
                current.type(), current.plants(), current.effectiveFrom(), current.effectiveTo(),
                current.lines().stream().map(BomLineAttributes::withoutId).toList(), current.source());
        rules.require(next, null); // the components may have changed since this revision was saved
        return create(next, id(), now);
    }

    /**
     * Replaces the content of a draft; the result is the next version. A line sent with its id is that line,
     * edited in place (so history follows it); a line without id is new; a line left out is removed. Parent
     * and BOM revision are the business key and never change.
     */
    public void revise(BomAttributes attributes, BomRules rules, Instant now) {
        rules.require(attributes, id());
        requireEditable();
        List<FieldError> errors = new ArrayList<>();
        if (!parentItemNumber.equals(attributes.parent().itemNumber())) {
            errors.add(new FieldError("parent.itemNumber", "cannot be changed (was " + parentItemNumber + ")"));
        }
        if (!parentRevision.equals(attributes.parent().revision())) {
            errors.add(new FieldError("parent.revision", "cannot be changed (was " + parentRevision + ")"));
        }
        if (!bomRevision.equals(attributes.bomRevision())) {
            errors.add(new FieldError("bomRevision", "cannot be changed (was " + bomRevision + "); create a new revision instead"));
        }
        errors.addAll(ChildLines.idErrors("lines", attributes.lines(), BomLineAttributes::id,
                lines.stream().map(BomLine::id).collect(Collectors.toSet()), LINE_ID_MESSAGES));
        if (!errors.isEmpty()) {
            throw MdmException.validation(errors);
        }
        apply(attributes);
        touch(now);
    }

    /** Releases an approved new BOM revision, provided it passes {@link BomRules#releaseViolations}. */
    public void release(BomRules rules, Instant now) {
        MdmException.refuseAny(rules.releaseViolations(attributes(), id()));
        transition(Transition.RELEASE, now);
    }

    private void apply(BomAttributes a) {
        producedQuantity = a.producedQuantity().value();
        producedUnit = a.producedQuantity().unit();
        type = a.type();
        // change the set in place: Envers then records exactly the plants added and removed
        plants.retainAll(a.plants());
        plants.addAll(a.plants());
        effectiveFrom = a.effectiveFrom();
        effectiveTo = a.effectiveTo();
        source(a.source());
        replaceLines(a.lines());
    }

    private void replaceLines(List<BomLineAttributes> wanted) {
        ChildLines.replace(lines, wanted, BomLineAttributes::id, BomLine::id, () -> new BomLine(this),
                (line, value, i) -> line.apply(value));
    }

    /** The content, lines sorted by position and plants by code. */
    public BomAttributes attributes() {
        return new BomAttributes(new ItemRef(parentItemNumber, parentRevision), bomRevision,
                new Quantity(producedQuantity, producedUnit), type, plants.stream().sorted().toList(), effectiveFrom, effectiveTo,
                lines.stream().map(BomLine::attributes).sorted(Comparator.comparingInt(BomLineAttributes::position)).toList(),
                source());
    }

    /** The whole record as readers see it, detached from persistence. */
    public BomSnapshot snapshot() {
        return new BomSnapshot(id(), attributes(), state(), version(), lockVersion(), createdAt(), updatedAt(), predecessorId);
    }

    /** The header and the number of lines, as a list shows it; the lines themselves stay unloaded. */
    public BomSummary summary(int lineCount) {
        return new BomSummary(id(), parent(), bomRevision, new Quantity(producedQuantity, producedUnit), type,
                plants.stream().sorted().toList(), effectiveFrom, effectiveTo, lineCount, state(), version(), createdAt(),
                updatedAt(), predecessorId);
    }

    @Override
    public String businessKey() {
        return parentItemNumber + "/" + parentRevision + " BOM " + bomRevision;
    }

    @Override
    protected String describe() {
        return "BOM " + businessKey();
    }

    public ItemRef parent() { return new ItemRef(parentItemNumber, parentRevision); }
    public String bomRevision() { return bomRevision; }
}
