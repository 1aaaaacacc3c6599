package org.mdmhub.mdm.keys.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.mdmhub.mdm.keys.domain.ExternalId;
import org.mdmhub.mdm.keys.domain.GoldenKeys;
import org.mdmhub.mdm.keys.domain.KeyedRecord;
import org.mdmhub.mdm.keys.domain.RecordKeys;
import org.mdmhub.mdm.keys.domain.SourceKey;
import org.mdmhub.mdm.keys.domain.TargetKey;
import org.mdmhub.mdm.lifecycle.domain.RecordType;

/**
 * The keys in SQL, over the four record tables at once. PostgreSQL pushes the conditions on the union into each
 * table's branch, so a lookup by id uses the primary keys and one by source key the (source_system, source_key)
 * indexes of V0013. Business keys are spelt as the aggregates spell them ({@code businessKey()}).
 */
@ApplicationScoped
class JdbcGoldenKeys implements GoldenKeys {

    private static final String RECORDS = """
            select * from (
                select 'ITEM' as domain, id, item_number || '/' || revision as business_key, revision,
                       source_system, source_key from item
                union all
                select 'BOM', id, parent_item_number || '/' || parent_revision || ' BOM ' || bom_revision, bom_revision,
                       source_system, source_key from bom
                union all
                select 'SUPPLIER', id, supplier_number, null, source_system, source_key from supplier
                union all
                select 'CUSTOMER', id, customer_number, null, source_system, source_key from customer
            ) r
            """;

    private static final String BY_ID = RECORDS + " where r.id = ?";
    private static final String BY_DOMAIN_AND_ID = RECORDS + " where r.domain = ? and r.id = ?";
    private static final String BY_SOURCE = RECORDS + " where r.source_system = ? and r.source_key = ?";
    private static final String AND_REVISION = " and r.revision = ?";
    private static final String ORDER = " order by r.domain, r.business_key";

    /** Odoo keys of live Odoo subscriptions (the key map is a cache and may briefly outlive a subscription). */
    private static final String ODOO_KEYS = """
            select k.subscription_id, k.model, k.odoo_id
            from subscription s join odoo_key_map k on k.subscription_id = s.id and k.external_name = ?
            where s.target_type = 'ODOO'
            order by k.subscription_id""";

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    public Optional<RecordKeys> of(UUID goldenId) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Row> rows = rows(connection, BY_ID, goldenId);
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Row row = rows.get(0);
            return Optional.of(new RecordKeys(row.record(), row.source(), odooKeys(connection, row.record())));
        });
    }

    @Override
    public List<KeyedRecord> bySource(String system, String key, String revision) {
        return em.unwrap(Session.class).doReturningWork(connection -> (revision == null
                ? rows(connection, BY_SOURCE + ORDER, system, key)
                : rows(connection, BY_SOURCE + AND_REVISION + ORDER, system, key, revision))
                .stream().map(Row::record).toList());
    }

    @Override
    public Optional<KeyedRecord> byExternalId(ExternalId id, String revision) {
        return em.unwrap(Session.class).doReturningWork(connection -> (revision == null
                ? rows(connection, BY_DOMAIN_AND_ID, id.domain().name(), id.goldenId())
                : rows(connection, BY_DOMAIN_AND_ID + AND_REVISION, id.domain().name(), id.goldenId(), revision))
                .stream().map(Row::record).findFirst());
    }

    private static List<TargetKey> odooKeys(Connection connection, KeyedRecord record) throws SQLException {
        ExternalId id = new ExternalId(record.domain(), record.goldenId());
        List<TargetKey> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(ODOO_KEYS)) {
            query.setString(1, id.name());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(new TargetKey(TargetKey.ODOO, rows.getObject(1, UUID.class), id.toString(),
                            rows.getString(2), rows.getLong(3)));
                }
            }
        }
        return keys;
    }

    private static List<Row> rows(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Row> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Row(new KeyedRecord(rows.getObject("id", UUID.class),
                            RecordType.valueOf(rows.getString("domain")), rows.getString("business_key"),
                            rows.getString("revision")),
                            rows.getString("source_system"), rows.getString("source_key")));
                }
            }
        }
        return found;
    }

    private record Row(KeyedRecord record, String sourceSystem, String sourceKey) {
        SourceKey source() {
            return sourceSystem == null || sourceKey == null ? null : new SourceKey(sourceSystem, sourceKey, record.revision());
        }
    }
}
