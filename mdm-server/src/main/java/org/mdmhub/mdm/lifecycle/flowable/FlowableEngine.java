package org.mdmhub.mdm.lifecycle.flowable;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.interceptor.EngineConfigurationConstants;
import org.flowable.dmn.api.DmnDecisionService;
import org.flowable.dmn.engine.DmnEngineConfiguration;
import org.flowable.dmn.engine.configurator.DmnEngineConfigurator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.mdmhub.mdm.platform.db.DatabaseRoles;
import org.mdmhub.mdm.platform.db.DatabaseSettings;

/**
 * The embedded Flowable engine (BPMN + DMN) on the application's datasource, joined to the container's JTA
 * transactions: a domain change and the workflow step that caused it commit or roll back together. Its
 * async executor runs timers (scheduled releases) and is safe with several nodes on one database.
 *
 * <p>The engine's tables are created or upgraded like the hub's own: as the owner role, by a short-lived
 * engine on an owner connection, and only when migrations are enabled; the application role then gets its
 * row privileges on them, and the running engine never changes the schema (it only checks its version).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the engine is thread-safe: no container lock per call
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FlowableEngine {
    private static final Logger LOG = Logger.getLogger(FlowableEngine.class.getName());

    @Resource(lookup = "java:jboss/datasources/MdmDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Inject ChangeApprovedDelegate changeApproved;
    @Inject ChangeReleasedDelegate changeReleased;
    @Inject ChangeRejectedDelegate changeRejected;
    @Inject ApprovalsOverdueDelegate approvalsOverdue;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        long started = System.currentTimeMillis();
        DatabaseSettings database = DatabaseSettings.fromEnvironment();
        if (database.migrate()) {
            createOrUpgradeSchema(database);
        }
        JtaProcessEngineConfiguration configuration = new JtaProcessEngineConfiguration();
        configuration.setEngineName("mdm");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseType("postgres");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setAsyncExecutorActivate(true);
        // look for due timers every second (default 10 s): a scheduled release should not lag by much
        configuration.setAsyncExecutorDefaultTimerJobAcquireWaitTime(1000);
        configuration.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(1000);
        // only these names resolve in BPMN expressions: the delegates, never arbitrary CDI beans
        configuration.setBeans(Map.of("changeApproved", changeApproved, "changeReleased", changeReleased,
                "changeRejected", changeRejected, "approvalsOverdue", approvalsOverdue));
        configuration.addConfigurator(new DmnEngineConfigurator());
        engine = configuration.buildProcessEngine();
        LOG.info(() -> "Flowable engine started in " + (System.currentTimeMillis() - started) + " ms");
    }

    /**
     * Flowable's DDL as the owner: a throwaway engine with the same engines (BPMN, DMN) that creates or
     * upgrades the tables and is closed again. Nodes starting together take turns on an advisory lock.
     */
    private static void createOrUpgradeSchema(DatabaseSettings database) {
        DataSource owner = database.ownerDataSource();
        try (java.sql.Connection lock = owner.getConnection();
             java.sql.Statement take = lock.createStatement()) {
            take.execute("select pg_advisory_lock(" + SCHEMA_LOCK + ")");
            StandaloneProcessEngineConfiguration schema = new StandaloneProcessEngineConfiguration();
            schema.setEngineName("mdm-schema");
            schema.setDataSource(owner);
            schema.setDatabaseType("postgres");
            schema.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            schema.setAsyncExecutorActivate(false);
            schema.addConfigurator(new DmnEngineConfigurator());
            schema.buildProcessEngine().close();
            DatabaseRoles.grantApplicationRole(owner, database.appUser());
            take.execute("select pg_advisory_unlock(" + SCHEMA_LOCK + ")");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create the workflow tables as " + database.ownerUser()
                    + " (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    /** Any constant of our own: the advisory lock that serialises the workflow engine's DDL between nodes. */
    private static final long SCHEMA_LOCK = 0x6d646d466c6f77L; // "mdmFlow"

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    public ProcessEngine engine() {
        return engine;
    }

    public DmnDecisionService decisions() {
        return ((DmnEngineConfiguration) engine.getProcessEngineConfiguration().getEngineConfigurations()
                .get(EngineConfigurationConstants.KEY_DMN_ENGINE_CONFIG)).getDmnDecisionService();
    }
}
