package org.mdmhub.mdm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes a large BOM structure straight into the tables (items, BOMs, lines and their audit rows under one
 * audit revision), which takes seconds where the API would take many minutes; the benchmark then works on it
 * through the API only.
 * <p>
 * Shape: {@code families} product families of {@code bomsPerFamily} BOMs each, in {@code depth} levels. Level 0
 * is the family's finished product; each BOM of level k+1 is a component of one BOM of level k (so the top
 * reaches the whole family, {@code depth} BOM levels deep), each BOM of levels 0…depth-2 also uses one more,
 * randomly chosen, subassembly of the next level (shared subassemblies make the structure a DAG, not a tree),
 * and every BOM uses {@value #PARTS_PER_BOM} purchased parts from a pool of {@code parts} items shared by all
 * families. All lines float; every item is revision A with base unit C62.
 */
final class BomStructureSeed {
    static final int PARTS_PER_BOM = 3;

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String run;

    /** Item numbers per family and level; the purchased parts. */
    final List<List<List<String>>> families = new ArrayList<>();
    final List<String> parts = new ArrayList<>();
    long lines;

    BomStructureSeed(BenchConfig config, String run) {
        // batched inserts become multi-row INSERTs: the seed of ~70,000 rows takes seconds
        this.jdbcUrl = config.jdbcUrl() + (config.jdbcUrl().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        this.user = config.dbUser();
        this.password = config.dbPassword();
        this.run = run;
    }

    String itemNumber(int family, int level, int index) {
        return "BB-" + run + "-F" + family + "-L" + level + "-" + index;
    }

    String partNumber(int index) {
        return "BP-" + run + "-" + index;
    }

    /** Level sizes for one family: 1, 3, 9, 27, … until the rest is spread evenly over the remaining levels. */
    static int[] levelSizes(int bomsPerFamily, int depth) {
        int[] sizes = new int[depth];
        int left = bomsPerFamily;
        for (int level = 0; level < depth; level++) {
            int levelsLeft = depth - level;
            int even = (int) Math.ceil((double) left / levelsLeft);
            int geometric = (int) Math.pow(3, level);
            sizes[level] = Math.max(1, Math.min(geometric, even));
            if (level == depth - 1) {
                sizes[level] = left;
            }
            left -= sizes[level];
        }
        return sizes;
    }

    void seed(int familyCount, int bomsPerFamily, int depth, int partCount) throws SQLException {
        SplittableRandom random = new SplittableRandom(7);
        int[] sizes = levelSizes(bomsPerFamily, depth);
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.setAutoCommit(false);
            long rev;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select nextval('audit_revision_seq')")) {
                r.next();
                rev = r.getLong(1);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into audit_revision (id, changed_at, author, reason) values (?, ?, 'bench', 'BOM benchmark seed')")) {
                p.setLong(1, rev);
                p.setLong(2, System.currentTimeMillis());
                p.executeUpdate();
            }
            try (PreparedStatement item = c.prepareStatement("""
                    insert into item (id, item_number, revision, name, item_type, base_unit, state, version, lock_version,
                                      created_at, updated_at)
                    values (?, ?, 'A', ?, ?, 'C62', 'DRAFT', 1, 0, now(), now())""");
                 PreparedStatement bom = c.prepareStatement("""
                    insert into bom (id, parent_item_number, parent_revision, bom_revision, produced_quantity, produced_unit,
                                     bom_type, state, version, lock_version, created_at, updated_at)
                    values (?, ?, 'A', 'A', 1, 'C62', 'MANUFACTURE', 'DRAFT', 1, 0, now(), now())""");
                 PreparedStatement line = c.prepareStatement("""
                    insert into bom_line (id, bom_id, position, component_item_number, quantity, unit, scrap_percent)
                    values (?, ?, ?, ?, ?, 'C62', 0)""")) {
                for (int i = 0; i < partCount; i++) {
                    parts.add(partNumber(i));
                    addItem(item, partNumber(i), "raw");
                }
                for (int f = 0; f < familyCount; f++) {
                    List<List<String>> levels = new ArrayList<>();
                    for (int level = 0; level < depth; level++) {
                        List<String> numbers = new ArrayList<>();
                        for (int i = 0; i < sizes[level]; i++) {
                            numbers.add(itemNumber(f, level, i));
                            addItem(item, itemNumber(f, level, i), level == 0 ? "finished" : "subassembly");
                        }
                        levels.add(numbers);
                    }
                    families.add(levels);
                    for (int level = 0; level < depth; level++) {
                        List<String> here = levels.get(level);
                        List<String> below = level + 1 < depth ? levels.get(level + 1) : List.of();
                        for (int i = 0; i < here.size(); i++) {
                            List<String> components = new ArrayList<>();
                            for (int j = i; j < below.size(); j += here.size()) {
                                components.add(below.get(j)); // each lower BOM has one primary parent
                            }
                            if (!below.isEmpty()) {
                                String shared = below.get(random.nextInt(below.size()));
                                if (!components.contains(shared)) {
                                    components.add(shared);
                                }
                            }
                            for (int k = 0; k < PARTS_PER_BOM; k++) {
                                components.add(parts.get(random.nextInt(parts.size())));
                            }
                            UUID bomId = UUID.randomUUID();
                            bom.setObject(1, bomId);
                            bom.setString(2, here.get(i));
                            bom.addBatch();
                            int position = 10;
                            for (String component : components) {
                                line.setObject(1, UUID.randomUUID());
                                line.setObject(2, bomId);
                                line.setInt(3, position);
                                line.setString(4, component);
                                line.setInt(5, 1 + random.nextInt(4));
                                line.addBatch();
                                position += 10;
                                lines++;
                            }
                        }
                    }
                    item.executeBatch();
                    bom.executeBatch();
                    line.executeBatch();
                }
                item.executeBatch();
            }
            String mine = "like 'B_-" + run + "-%'";
            try (Statement s = c.createStatement()) {
                s.executeUpdate("""
                        insert into item_aud (id, rev, revtype, item_number, revision, name, item_type, base_unit, state,
                                              version, lock_version, created_at, updated_at)
                        select id, %d, 0, item_number, revision, name, item_type, base_unit, state, version, lock_version,
                               created_at, updated_at from item where item_number %s""".formatted(rev, mine));
                s.executeUpdate("""
                        insert into bom_aud (id, rev, revtype, parent_item_number, parent_revision, bom_revision,
                                             produced_quantity, produced_unit, bom_type, state, version, lock_version,
                                             created_at, updated_at)
                        select id, %d, 0, parent_item_number, parent_revision, bom_revision, produced_quantity, produced_unit,
                               bom_type, state, version, lock_version, created_at, updated_at
                        from bom where parent_item_number %s""".formatted(rev, mine));
                s.executeUpdate("""
                        insert into bom_line_aud (id, rev, revtype, bom_id, position, component_item_number, component_revision,
                                                  quantity, unit, scrap_percent, effective_from, effective_to)
                        select l.id, %d, 0, l.bom_id, l.position, l.component_item_number, l.component_revision, l.quantity,
                               l.unit, l.scrap_percent, l.effective_from, l.effective_to
                        from bom_line l join bom b on b.id = l.bom_id where b.parent_item_number %s""".formatted(rev, mine));
            }
            c.commit();
            // after a bulk load, as autovacuum would do soon after: planner statistics and the visibility map
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze item, bom, bom_line, bom_aud, bom_line_aud");
            }
        }
    }

    private static void addItem(PreparedStatement item, String number, String type) throws SQLException {
        item.setObject(1, UUID.randomUUID());
        item.setString(2, number);
        item.setString(3, "Bench " + number);
        item.setString(4, type.toUpperCase());
        item.addBatch();
    }
}
