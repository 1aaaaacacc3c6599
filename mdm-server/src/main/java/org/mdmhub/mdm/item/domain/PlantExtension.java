package org.mdmhub.mdm.item.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** The plant-specific part of an item; part of the item aggregate, changed only through {@link Item}. */
@Entity
@Table(name = "item_plant")
@Audited
public class PlantExtension {
    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private Item item;

    @Column(name = "plant_code", nullable = false, updatable = false)
    private String plant;

    @Enumerated(EnumType.STRING)
    @Column(name = "procurement_type", nullable = false)
    private ProcurementType procurementType;

    @Column(name = "lead_time_days")
    private Integer leadTimeDays;

    @Column(name = "safety_stock")
    private BigDecimal safetyStock;

    @Column(name = "minimum_lot_size")
    private BigDecimal minimumLotSize;

    @Column(name = "storage_location")
    private String storageLocation;

    protected PlantExtension() {
    }

    PlantExtension(Item item, PlantExtensionAttributes attributes) {
        this.id = UUID.randomUUID();
        this.item = item;
        this.plant = attributes.plant();
        apply(attributes);
    }

    void apply(PlantExtensionAttributes a) {
        procurementType = a.procurementType();
        leadTimeDays = a.leadTimeDays();
        safetyStock = a.safetyStock();
        minimumLotSize = a.minimumLotSize();
        storageLocation = a.storageLocation();
    }

    public String plant() { return plant; }

    public PlantExtensionAttributes attributes() {
        return new PlantExtensionAttributes(plant, procurementType, leadTimeDays, safetyStock, minimumLotSize, storageLocation);
    }
}
