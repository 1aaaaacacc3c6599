package org.mdmhub.mdm.archfixture.domain;

import jakarta.persistence.EntityManager;
import java.sql.Connection;

/** Breaks "the domain runs no queries": an aggregate that reaches for the EntityManager and JDBC. */
public class QueryingAggregate {
    EntityManager em;

    int count(Connection connection) throws java.sql.SQLException {
        return connection.createStatement().executeQuery("select 1").getInt(1) + em.hashCode();
    }
}
