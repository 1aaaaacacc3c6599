package org.mdmhub.mdm.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The hub's one source of "now": every class that reads the time injects {@link Clock} instead of calling
 * {@code Instant.now()}, so a test can hand a use case a fixed or stepping clock and name instants instead of
 * sleeping around them. Production time is UTC, as every stored instant is.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
