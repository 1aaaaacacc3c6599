package org.mdmhub.mdm.archfixture.domain;

import java.time.Instant;

/** Breaks no rule: the control that shows the rules do not fire on any class at all. */
public class CleanAggregate {
    private Instant changedAt;

    void change(Instant now) {
        changedAt = now;
    }
}
