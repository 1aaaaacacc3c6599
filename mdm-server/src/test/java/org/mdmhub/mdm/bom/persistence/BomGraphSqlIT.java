package org.mdmhub.mdm.bom.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/**
 * The cycle check's SQL on the real database (the deployment migrates it), both ways of walking: up through
 * the parent's ancestors, and — when that cone is over the limit — down from the components. The structure
 * is written straight into the tables; the graph queries read nothing else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BomGraphSqlIT {
    private static final int EVERY_ANCESTOR = 1000;
    private static final int NO_ANCESTOR = 0;   // forces the walk down

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base; // the deployment is what migrated the database

    Connection db;
    String prefix;

    @BeforeEach
    void connect() throws SQLException {
        db = DriverManager.getConnection(System.getProperty("it.db.url"), "mdm", "mdm");
        prefix = Items.newNumber("G");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private String n(String name) {
        return prefix + "-" + name;
    }

    /** A BOM of {@code parent} using {@code components}; returns its id. */
    private UUID bom(String parent, String state, String... components) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement bom = db.prepareStatement("""
                insert into bom (id, parent_item_number, parent_revision, bom_revision, produced_quantity, produced_unit,
                                 bom_type, state, version, lock_version, created_at, updated_at)
                values (?, ?, 'A', 'A', 1, 'C62', 'MANUFACTURE', ?, 1, 0, now(), now())""");
             PreparedStatement line = db.prepareStatement("""
                insert into bom_line (id, bom_id, position, component_item_number, quantity, unit, scrap_percent)
                values (?, ?, ?, ?, 1, 'C62', 0)""")) {
            bom.setObject(1, id);
            bom.setString(2, n(parent));
            bom.setString(3, state);
            bom.executeUpdate();
            int position = 10;
            for (String component : components) {
                line.setObject(1, UUID.randomUUID());
                line.setObject(2, id);
                line.setInt(3, position);
                line.setString(4, n(component));
                line.executeUpdate();
                position += 10;
            }
        }
        return id;
    }

    private Optional<List<String>> cycle(String parent, UUID saved, int ancestorLimit, String... components) throws SQLException {
        return BomGraphSql.cyclePath(db, n(parent), List.of(components).stream().map(this::n).toList(), saved, ancestorLimit)
                .map(path -> path.stream().map(step -> step.substring(prefix.length() + 1)).toList());
    }

    @Test
    void findsTheShortestLoopWalkingEitherWay() throws SQLException {
        // two ways from B down to A: B -> C -> D -> A and the shorter B -> E -> A
        bom("B", "DRAFT", "C", "E", "BOLT");
        bom("C", "DRAFT", "D");
        bom("D", "DRAFT", "A");
        bom("E", "DRAFT", "A");
        for (int limit : new int[] {EVERY_ANCESTOR, NO_ANCESTOR}) {
            assertEquals(Optional.of(List.of("B", "E", "A")), cycle("A", null, limit, "BOLT", "B"), "limit " + limit);
            assertEquals(Optional.empty(), cycle("A", null, limit, "BOLT", "NUT"), "limit " + limit);
            assertEquals(Optional.of(List.of("C", "D", "A")), cycle("A", null, limit, "C"), "limit " + limit);
        }
    }

    @Test
    void ignoresObsoleteBomsAndTheBomBeingSaved() throws SQLException {
        bom("B", "OBSOLETE", "A");
        UUID saved = bom("C", "DRAFT", "A");
        for (int limit : new int[] {EVERY_ANCESTOR, NO_ANCESTOR}) {
            assertEquals(Optional.empty(), cycle("A", null, limit, "B"), "an obsolete BOM is no edge; limit " + limit);
            // A -> C closes a loop through C's BOM, unless that BOM is the one being saved (its lines are replaced)
            assertEquals(Optional.of(List.of("C", "A")), cycle("A", null, limit, "C"), "limit " + limit);
            assertEquals(Optional.empty(), cycle("C", saved, limit, "A"), "limit " + limit);
        }
    }

    @Test
    void endsOnALoopAlreadyInTheData() throws SQLException {
        bom("X", "DRAFT", "Y");
        bom("Y", "DRAFT", "X");
        for (int limit : new int[] {EVERY_ANCESTOR, NO_ANCESTOR}) {
            assertEquals(Optional.empty(), cycle("P", null, limit, "X"), "limit " + limit);
            assertEquals(Optional.of(List.of("Y", "X")), cycle("X", null, limit, "Y"), "limit " + limit);
        }
    }
}
