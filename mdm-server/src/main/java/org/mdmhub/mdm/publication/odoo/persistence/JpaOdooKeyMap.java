package org.mdmhub.mdm.publication.odoo.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.mdmhub.mdm.publication.odoo.OdooKey;
import org.mdmhub.mdm.publication.odoo.OdooKeyMap;

/**
 * The key map in table {@code odoo_key_map}. Writes run in their own transaction, so keys learnt during a
 * delivery stay even when the dispatcher's transaction rolls back; the statements are batched upserts.
 */
@ApplicationScoped
class JpaOdooKeyMap implements OdooKeyMap {

    private static final String UPSERT = """
            insert into odoo_key_map (subscription_id, external_name, model, odoo_id, variant_id) values (?, ?, ?, ?, ?)
            on conflict (subscription_id, external_name)
            do update set model = excluded.model, odoo_id = excluded.odoo_id, variant_id = excluded.variant_id""";

    private static final String FIND = """
            select external_name, model, odoo_id, variant_id from odoo_key_map
            where subscription_id = ? and external_name = any(?)""";

    private static final String FORGET = "delete from odoo_key_map where subscription_id = ? and external_name = any(?)";

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Override
    @Transactional
    public Map<String, OdooKey> find(UUID subscriptionId, Collection<String> externalNames) {
        Map<String, OdooKey> keys = new HashMap<>();
        if (externalNames.isEmpty()) {
            return keys;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setObject(1, subscriptionId);
                find.setArray(2, connection.createArrayOf("text", externalNames.toArray()));
                try (ResultSet rows = find.executeQuery()) {
                    while (rows.next()) {
                        long variant = rows.getLong(4);
                        keys.put(rows.getString(1), new OdooKey(rows.getString(1), rows.getString(2), rows.getLong(3),
                                rows.wasNull() ? null : variant));
                    }
                }
            }
        });
        return keys;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(UUID subscriptionId, Collection<OdooKey> keys) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (OdooKey key : keys) {
                    upsert.setObject(1, subscriptionId);
                    upsert.setString(2, key.externalName());
                    upsert.setString(3, key.model());
                    upsert.setLong(4, key.odooId());
                    upsert.setObject(5, key.variantId());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(UUID subscriptionId, Collection<String> externalNames) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement forget = connection.prepareStatement(FORGET)) {
                forget.setObject(1, subscriptionId);
                forget.setArray(2, connection.createArrayOf("text", externalNames.toArray()));
                forget.executeUpdate();
            }
        });
    }
}
