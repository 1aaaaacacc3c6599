package org.mdmhub.mdm.bom.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * One line of a {@link Bom}, with an id of its own that stays the same across versions: clients send it
 * back to keep a line, history and diffs match lines by it, and Odoo finds the line by it
 * ({@code mdm.bomline_<id>}). Lines change only through their BOM.
 */
@Entity
@Table(name = "bom_line")
@Audited
public class BomLine {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bom_id", nullable = false, updatable = false)
    private Bom bom;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "component_item_number", nullable = false)
    private String componentItemNumber;

    @Column(name = "component_revision")
    private String componentRevision;

    @Column(name = "quantity", nullable = false)
    private BigDecimal quantity;

    @Column(name = "unit", nullable = false)
    private String unit;

    @Column(name = "scrap_percent", nullable = false)
    private BigDecimal scrapPercent;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected BomLine() {
        // for JPA
    }

    /** A new line of {@code bom}, with an id of its own; its content comes from {@link #apply}. */
    BomLine(Bom bom) {
        this.id = UUID.randomUUID();
        this.bom = bom;
    }

    void apply(BomLineAttributes a) {
        position = a.position();
        componentItemNumber = a.component().itemNumber();
        componentRevision = a.component().revision();
        quantity = a.quantity();
        unit = a.unit();
        scrapPercent = a.scrapPercent();
        effectiveFrom = a.effectiveFrom();
        effectiveTo = a.effectiveTo();
    }

    public BomLineAttributes attributes() {
        return new BomLineAttributes(id, position, new ComponentRef(componentItemNumber, componentRevision),
                quantity, unit, scrapPercent, effectiveFrom, effectiveTo);
    }

    public UUID id() { return id; }
}
