package org.mdmhub.mdm.item.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.mdmhub.mdm.golden.domain.GoldenRecord;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

/**
 * The item golden record. It is created as a draft and changes only through its verbs; every committed
 * change is an audited revision. {@code version} counts the record's saved versions (1, 2, 3…);
 * {@code lockVersion} is the optimistic-locking token behind the ETag.
 */
@Entity
@Table(name = "item")
@Audited
public class Item extends GoldenRecord {

    @Column(name = "item_number", nullable = false, updatable = false)
    private String itemNumber;

    @Column(name = "revision", nullable = false, updatable = false)
    private String revision;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false)
    private ItemType type;

    @Column(name = "base_unit", nullable = false)
    private String baseUnit;

    @Column(name = "gtin")
    private String gtin;

    @Column(name = "category")
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "make_or_buy")
    private MakeOrBuy makeOrBuy;

    @Column(name = "weight_value")
    private BigDecimal weightValue;

    @Column(name = "weight_unit")
    private String weightUnit;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "predecessor_id", updatable = false)
    private UUID predecessorId;

    // eager: an item is always shown with its plants; SUBSELECT loads a whole page's plants in one query
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("plant")
    private List<PlantExtension> plants = new ArrayList<>();

    protected Item() {
        // for JPA
    }

    private Item(Instant now) {
        super(now);
    }

    /** A new item, in DRAFT, at version 1. */
    public static Item draft(ItemAttributes attributes, ItemRules rules, Instant now) {
        rules.require(attributes);
        return create(attributes, now);
    }

    private static Item create(ItemAttributes attributes, Instant now) {
        Item item = new Item(now);
        item.itemNumber = attributes.itemNumber();
        item.revision = attributes.revision();
        item.apply(attributes);
        return item;
    }

    /**
     * The next revision of this item (A → B, Z → AA) as a new draft record that starts from this one's
     * attributes and plant extensions and remembers it as its predecessor.
     */
    public Item nextRevision(Instant now) {
        ItemAttributes a = attributes();
        Item next = create(new ItemAttributes(a.itemNumber(), Revisions.next(revision), a.name(), a.description(),
                a.type(), a.baseUnit(), a.gtin(), a.category(), a.makeOrBuy(), a.weight(), a.effectiveFrom(),
                a.source()), now);
        next.predecessorId = id();
        plants.forEach(p -> next.plants.add(new PlantExtension(next, p.attributes())));
        return next;
    }

    /** Adds the item to a plant, or replaces what that plant knows about it; the result is the next version. */
    public void extendToPlant(PlantExtensionAttributes extension, Instant now) {
        requireEditable();
        Optional<PlantExtension> existing = plantExtension(extension.plant());
        if (existing.isPresent()) {
            existing.get().apply(extension);
        } else {
            plants.add(new PlantExtension(this, extension));
            plants.sort(Comparator.comparing(PlantExtension::plant));
        }
        touch(now);
    }

    /** Removes the item from a plant; the result is the next version. */
    public void removeFromPlant(String plant, Instant now) {
        requireEditable();
        PlantExtension extension = plantExtension(plant).orElseThrow(() ->
                MdmException.notFound("Item " + businessKey() + " in plant " + plant));
        plants.remove(extension);
        touch(now);
    }

    public Optional<PlantExtension> plantExtension(String plant) {
        return plants.stream().filter(p -> p.plant().equals(plant)).findFirst();
    }

    public List<PlantExtensionAttributes> plantExtensions() {
        return plants.stream().map(PlantExtension::attributes).toList();
    }

    /**
     * Replaces the attributes of a draft; the result is the next version. Number and revision are the
     * record's business key and never change (a new revision is a new record).
     */
    public void revise(ItemAttributes attributes, ItemRules rules, Instant now) {
        rules.require(attributes);
        requireEditable();
        List<FieldError> errors = new ArrayList<>();
        if (!itemNumber.equals(attributes.itemNumber())) {
            errors.add(new FieldError("itemNumber", "cannot be changed (was " + itemNumber + ")"));
        }
        if (!revision.equals(attributes.revision())) {
            errors.add(new FieldError("revision", "cannot be changed (was " + revision + "); create a new revision instead"));
        }
        if (!errors.isEmpty()) {
            throw MdmException.validation(errors);
        }
        apply(attributes);
        touch(now);
    }

    /**
     * Applies an approved change to a released item: its content becomes the next version, and it stays
     * released. Number and revision cannot change (a new revision is a new record).
     */
    public void applyApprovedChange(ItemAttributes attributes, ItemRules rules, Instant now) {
        rules.require(attributes);
        requireReleased();
        if (!itemNumber.equals(attributes.itemNumber()) || !revision.equals(attributes.revision())) {
            throw MdmException.validation(List.of(new FieldError("itemNumber", "number and revision cannot change")));
        }
        apply(attributes);
        touch(now);
    }

    /**
     * Releases an approved new item. The rules are applied again: reference data may have changed since the
     * draft was saved.
     */
    public void release(ItemRules rules, Instant now) {
        rules.require(attributes());
        transition(Transition.RELEASE, now);
    }

    private void apply(ItemAttributes a) {
        name = a.name();
        description = a.description();
        type = a.type();
        baseUnit = a.baseUnit();
        gtin = a.gtin();
        category = a.category();
        makeOrBuy = a.makeOrBuy();
        weightValue = a.weight() == null ? null : a.weight().value();
        weightUnit = a.weight() == null ? null : a.weight().unit();
        effectiveFrom = a.effectiveFrom();
        source(a.source());
    }

    public ItemAttributes attributes() {
        return new ItemAttributes(itemNumber, revision, name, description, type, baseUnit, gtin, category, makeOrBuy,
                weightValue == null ? null : new Weight(weightValue, weightUnit), effectiveFrom,
                source());
    }

    @Override
    public String businessKey() {
        return itemNumber + "/" + revision;
    }

    @Override
    protected String describe() {
        return "Item " + businessKey();
    }

    public Optional<UUID> predecessorId() { return Optional.ofNullable(predecessorId); }
}
