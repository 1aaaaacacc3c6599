package org.mdmhub.mdm.lifecycle.flowable;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Counts the SQL statements the workflow engine prepares (through MyBatis, under Flowable) on the calling thread
 * while a piece of work runs; other threads (the async executor, timers) are not counted. For in-container tests.
 */
public final class EngineStatements {
    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();
    private static boolean installed;

    private EngineStatements() {
    }

    /** What the work returned, and the statements the engine prepared for it (their SQL, shortened). */
    public record Counted<T>(T result, List<String> statements) {
    }

    public static <T> Counted<T> during(FlowableEngine flowable, Supplier<T> work) {
        install(flowable);
        List<String> statements = new ArrayList<>();
        STATEMENTS.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            STATEMENTS.remove();
        }
    }

    private static synchronized void install(FlowableEngine flowable) {
        if (!installed) {
            // MyBatis wraps each new statement handler in the configuration's interceptors: counts from now on
            ((ProcessEngineConfigurationImpl) flowable.engine().getProcessEngineConfiguration()).getSqlSessionFactory()
                    .getConfiguration().addInterceptor(new Counter());
            installed = true;
        }
    }

    @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
    public static final class Counter implements Interceptor {
        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            List<String> statements = STATEMENTS.get();
            if (statements != null) {
                String sql = ((StatementHandler) invocation.getTarget()).getBoundSql().getSql().replaceAll("\\s+", " ").strip();
                statements.add(sql.length() > 120 ? sql.substring(0, 120) + "…" : sql);
            }
            return invocation.proceed();
        }
    }
}
