package org.mdmhub.mdm.lifecycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.mdmhub.mdm.lifecycle.flowable.EngineStatements;
import org.mdmhub.mdm.lifecycle.flowable.FlowableEngine;

/**
 * Counts the SQL statements one piece of work sends, in one transaction on the calling thread: those Hibernate
 * prepares for the transaction's persistence context, and those the workflow engine prepares. Work of other
 * threads (timers, the outbox dispatcher) is not counted. Deployed only with the integration test that uses it.
 */
@ApplicationScoped
public class StatementCount {
    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Inject
    FlowableEngine flowable;

    /** What the work returned, and the statements it cost. */
    public record Counted<T>(T result, int jpaStatements, List<String> engineStatements) {
        @Override
        public String toString() {
            return jpaStatements + " statements through JPA, " + engineStatements.size() + " of the workflow engine "
                    + engineStatements;
        }
    }

    @Transactional
    public <T> Counted<T> of(Supplier<T> work) {
        int[] jpa = {0};
        // the use cases under test join this transaction, so they use this same persistence context (session)
        em.unwrap(Session.class).addEventListeners(new SessionEventListener() {
            @Override
            public void jdbcPrepareStatementStart() {
                jpa[0]++;
            }
        });
        EngineStatements.Counted<T> counted = EngineStatements.during(flowable, work);
        return new Counted<>(counted.result(), jpa[0], counted.statements());
    }
}
