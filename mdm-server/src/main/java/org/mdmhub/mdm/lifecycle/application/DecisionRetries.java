package org.mdmhub.mdm.lifecycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.mdmhub.mdm.lifecycle.domain.ConcurrentDecision;

/**
 * Approvals and rejections as the API offers them: each attempt is one transaction of {@link ApprovalInbox},
 * and one the workflow engine refused because another decision on the same request was saved at the same
 * moment is simply taken again. Two approvers' decisions never conflict in substance, so the server, not the
 * client, resolves the race; {@link ApprovalInbox} already serialises decisions on the request's row, which
 * leaves only races the row lock cannot see (the engine's own jobs touching the process).
 */
@ApplicationScoped
public class DecisionRetries {
    private static final Logger LOG = Logger.getLogger(DecisionRetries.class.getName());
    static final int ATTEMPTS = 5;

    @Inject ApprovalInbox inbox;

    public void approve(String taskId, String comment, Set<String> groups) {
        attempt(() -> {
            inbox.approve(taskId, comment, groups);
            return null;
        });
    }

    public void reject(String taskId, String comment, Set<String> groups) {
        attempt(() -> {
            inbox.reject(taskId, comment, groups);
            return null;
        });
    }

    private static void attempt(Supplier<Void> decision) {
        for (int attempt = 1; ; attempt++) {
            try {
                decision.get();
                return;
            } catch (ConcurrentDecision raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                LOG.fine(() -> "decision raced with another transaction; taking it again");
                pause(attempt);
            }
        }
    }

    /** A short, growing, jittered pause, so two retrying decisions do not collide again in step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a decision", e);
        }
    }
}
