package org.mdmhub.mdm.publication.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently a subscription retries: exponential backoff with jitter, then the dead-letter
 * state after {@code maxAttempts}.
 *
 * <p>The wait before attempt n+1 is {@code min(maxBackoff, initialBackoff · 2^(n-1))}, of which a random half
 * is taken off ("equal jitter"): retries of many deliveries that failed together spread out instead of
 * hitting a recovering target at the same instant, yet never come sooner than half the nominal wait.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(10, Duration.ofSeconds(2), Duration.ofMinutes(10));

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("maxAttempts must be 1..100");
        }
        Objects.requireNonNull(initialBackoff);
        Objects.requireNonNull(maxBackoff);
    }

    /** Whether a delivery that has failed {@code attempts} times may be tried again. */
    public boolean mayRetryAfter(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait after the {@code attempt}-th failed attempt (1-based). */
    public Duration backoffAfter(int attempt, RandomGenerator random) {
        long cap = maxBackoff.toMillis();
        long nominal = Math.min(cap, initialBackoff.toMillis());
        for (int i = 1; i < attempt && nominal < cap; i++) {
            nominal = Math.min(cap, nominal * 2);
        }
        long half = nominal / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
