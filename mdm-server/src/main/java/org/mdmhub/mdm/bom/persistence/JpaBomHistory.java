package org.mdmhub.mdm.bom.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Session;
import org.mdmhub.mdm.audit.AuditedState;
import org.mdmhub.mdm.audit.Revision;
import org.mdmhub.mdm.audit.RevisionKind;
import org.mdmhub.mdm.bom.domain.BomAttributes;
import org.mdmhub.mdm.bom.domain.BomHistory;
import org.mdmhub.mdm.bom.domain.BomLineAttributes;
import org.mdmhub.mdm.bom.domain.BomSnapshot;
import org.mdmhub.mdm.bom.domain.BomType;
import org.mdmhub.mdm.bom.domain.ComponentRef;
import org.mdmhub.mdm.bom.domain.ItemRef;
import org.mdmhub.mdm.bom.domain.Quantity;
import org.mdmhub.mdm.golden.domain.SourceRef;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/**
 * Reads a BOM's history from the Envers tables in three queries — the BOM's audit rows, its lines' and its
 * plants' — and replays the line and plant changes onto each BOM revision in memory. Envers' own reader
 * loads each revision's collections with queries of their own (two per version), which for a BOM with a
 * thousand versions is two thousand round trips; this gives the same states in three.
 */
@ApplicationScoped
class JpaBomHistory implements BomHistory {
    // Envers' revision types
    private static final int ADD = 0;
    private static final int DEL = 2;

    private static final String BOM_ROWS = """
            select a.rev, a.revtype, a.parent_item_number, a.parent_revision, a.bom_revision, a.produced_quantity,
                   a.produced_unit, a.bom_type, a.effective_from, a.effective_to, a.source_system, a.source_key,
                   a.predecessor_id, a.state, a.version, a.lock_version, a.created_at, a.updated_at,
                   r.changed_at, r.author, r.reason
            from bom_aud a join audit_revision r on r.id = a.rev
            where a.id = ? order by a.rev""";

    private static final String LINE_ROWS = """
            select rev, revtype, id, position, component_item_number, component_revision, quantity, unit,
                   scrap_percent, effective_from, effective_to
            from bom_line_aud where bom_id = ? order by rev""";

    private static final String PLANT_ROWS = "select rev, revtype, plant_code from bom_plant_aud where bom_id = ? order by rev";

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    private record LineChange(long rev, int type, BomLineAttributes line) {
    }

    private record PlantChange(long rev, int type, String plant) {
    }

    @Override
    public List<AuditedState<BomSnapshot>> revisionsOf(UUID id) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<LineChange> lineChanges = lineChanges(connection, id);
            List<PlantChange> plantChanges = plantChanges(connection, id);
            Map<UUID, BomLineAttributes> lines = new LinkedHashMap<>();
            TreeSet<String> plants = new TreeSet<>();
            int nextLine = 0;
            int nextPlant = 0;
            List<AuditedState<BomSnapshot>> states = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(BOM_ROWS)) {
                statement.setObject(1, id);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        long rev = row.getLong("rev");
                        for (; nextLine < lineChanges.size() && lineChanges.get(nextLine).rev() <= rev; nextLine++) {
                            LineChange change = lineChanges.get(nextLine);
                            if (change.type() == DEL) {
                                lines.remove(change.line().id());
                            } else {
                                lines.put(change.line().id(), change.line());
                            }
                        }
                        for (; nextPlant < plantChanges.size() && plantChanges.get(nextPlant).rev() <= rev; nextPlant++) {
                            PlantChange change = plantChanges.get(nextPlant);
                            if (change.type() == DEL) {
                                plants.remove(change.plant());
                            } else {
                                plants.add(change.plant());
                            }
                        }
                        states.add(state(id, row, lines, plants));
                    }
                }
            }
            return states;
        });
    }

    private static AuditedState<BomSnapshot> state(UUID id, ResultSet row, Map<UUID, BomLineAttributes> lines,
                                                   TreeSet<String> plants) throws SQLException {
        String sourceSystem = row.getString("source_system");
        String sourceKey = row.getString("source_key");
        BomAttributes attributes = new BomAttributes(
                new ItemRef(row.getString("parent_item_number"), row.getString("parent_revision")),
                row.getString("bom_revision"),
                new Quantity(row.getBigDecimal("produced_quantity"), row.getString("produced_unit")),
                BomType.valueOf(row.getString("bom_type")),
                List.copyOf(plants),
                row.getObject("effective_from", LocalDate.class),
                row.getObject("effective_to", LocalDate.class),
                lines.values().stream().sorted(Comparator.comparingInt(BomLineAttributes::position)).toList(),
                sourceSystem == null && sourceKey == null ? null : new SourceRef(sourceSystem, sourceKey));
        BomSnapshot snapshot = new BomSnapshot(id, attributes, LifecycleState.valueOf(row.getString("state")),
                row.getInt("version"), row.getLong("lock_version"), instant(row, "created_at"), instant(row, "updated_at"),
                row.getObject("predecessor_id", UUID.class));
        Revision revision = new Revision(row.getLong("rev"), Instant.ofEpochMilli(row.getLong("changed_at")),
                row.getString("author"), row.getString("reason"));
        return new AuditedState<>(snapshot, revision, kind(row.getInt("revtype")));
    }

    private static List<LineChange> lineChanges(Connection connection, UUID id) throws SQLException {
        List<LineChange> changes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LINE_ROWS)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    BigDecimal scrap = row.getBigDecimal("scrap_percent");
                    changes.add(new LineChange(row.getLong("rev"), row.getInt("revtype"), new BomLineAttributes(
                            row.getObject("id", UUID.class),
                            row.getInt("position"),
                            new ComponentRef(row.getString("component_item_number"), row.getString("component_revision")),
                            row.getBigDecimal("quantity"),
                            row.getString("unit"),
                            scrap,
                            row.getObject("effective_from", LocalDate.class),
                            row.getObject("effective_to", LocalDate.class))));
                }
            }
        }
        return changes;
    }

    private static List<PlantChange> plantChanges(Connection connection, UUID id) throws SQLException {
        List<PlantChange> changes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PLANT_ROWS)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    changes.add(new PlantChange(row.getLong("rev"), row.getInt("revtype"), row.getString("plant_code")));
                }
            }
        }
        return changes;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static RevisionKind kind(int revtype) {
        return switch (revtype) {
            case ADD -> RevisionKind.CREATED;
            case DEL -> RevisionKind.DELETED;
            default -> RevisionKind.UPDATED;
        };
    }
}
