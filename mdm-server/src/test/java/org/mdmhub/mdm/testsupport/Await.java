package org.mdmhub.mdm.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one way tests wait for what happens asynchronously (deliveries, timers, a server starting), with a deadline.
 * A condition may throw to stop waiting at once (e.g. the awaited process died).
 */
public final class Await {
    private static final Duration POLL = Duration.ofMillis(50);

    private Await() {
    }

    /** Polls every 50 ms for up to 30 s. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, Duration.ofSeconds(30), condition);
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(what, timeout, POLL, condition);
    }

    /** For conditions that are costly to check (a server's health page): poll less often. */
    public static void until(String what, Duration timeout, Duration poll, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(poll.toMillis()); // the poll interval: the only sleep the tests' waits use
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** Polls {@code probe} until it gives a value (e.g. a status resource's answer once it says done), and returns it. */
    public static <T> T value(String what, Duration timeout, Duration poll, Supplier<Optional<T>> probe) {
        @SuppressWarnings("unchecked")
        T[] seen = (T[]) new Object[1];
        until(what, timeout, poll, () -> {
            probe.get().ifPresent(value -> seen[0] = value);
            return seen[0] != null;
        });
        return seen[0];
    }
}
