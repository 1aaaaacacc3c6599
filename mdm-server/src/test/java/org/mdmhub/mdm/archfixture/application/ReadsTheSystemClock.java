package org.mdmhub.mdm.archfixture.application;

import java.time.Instant;

/** Breaks "time comes from the injected Clock": a use case that reads the system clock. */
public class ReadsTheSystemClock {
    Instant stamp() {
        return Instant.now();
    }
}
