package org.mdmhub.mdm.bench;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A user's bearer token for a run longer than a token lives (900 s): fetched at once, then renewed in the
 * background every few minutes, so a request never waits for Keycloak and never carries an expired token.
 */
final class RenewedToken implements Supplier<String>, AutoCloseable {
    private static final long RENEW_MINUTES = 5;

    private final KeycloakTokens tokens;
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-token");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String current;

    RenewedToken(KeycloakTokens tokens) throws IOException, InterruptedException {
        this.tokens = tokens;
        this.current = tokens.fresh();
        renewer.scheduleAtFixedRate(this::renew, RENEW_MINUTES, RENEW_MINUTES, TimeUnit.MINUTES);
    }

    @Override
    public String get() {
        return current;
    }

    private void renew() {
        try {
            current = tokens.fresh();
        } catch (IOException | RuntimeException e) {
            // the old token still has minutes to live; the next renewal tries again
            System.out.println("bench: token renewal failed, retrying in " + RENEW_MINUTES + " min: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
