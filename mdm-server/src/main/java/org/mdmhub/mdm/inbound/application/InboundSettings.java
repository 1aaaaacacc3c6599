package org.mdmhub.mdm.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How batches are answered and looked after, from MicroProfile Config (system properties or environment variables,
 * e.g. {@code MDM_INBOUND_ANSWER_AT_ONCE_UP_TO}). See docs/inbound.md, "Large batches".
 */
@ApplicationScoped
public class InboundSettings {

    /** A batch of at most this many records is processed during its request and answered 200 (unless the sender prefers 202). */
    @Inject
    @ConfigProperty(name = "mdm.inbound.answer-at-once-up-to", defaultValue = "1000")
    int answerAtOnceUpTo;

    /** A batch that has made no progress this long is taken up by whichever node looks next (its worker may have died). */
    @Inject
    @ConfigProperty(name = "mdm.inbound.resume-idle-seconds", defaultValue = "120")
    int resumeIdleSeconds;

    public boolean answersAtOnce(int recordCount) {
        return recordCount <= answerAtOnceUpTo;
    }

    public Duration resumeIdle() {
        return Duration.ofSeconds(Math.max(1, resumeIdleSeconds));
    }
}
