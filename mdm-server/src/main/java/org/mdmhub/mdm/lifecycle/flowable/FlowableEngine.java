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

/**
 * The embedded Flowable engine (BPMN + DMN) on the application's datasource, joined to the container's JTA
 * transactions: a domain change and the workflow step that caused it commit or roll back together. Its
 * async executor runs timers (scheduled releases) and is safe with several nodes on one database.
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
        JtaProcessEngineConfiguration configuration = new JtaProcessEngineConfiguration();
        configuration.setEngineName("mdm");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseType("postgres");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
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
