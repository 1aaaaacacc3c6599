package org.mdmhub.mdm.publication.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.mdmhub.mdm.publication.application.SubscriptionJson;
import org.mdmhub.mdm.publication.domain.DeliveryStatus;
import org.mdmhub.mdm.publication.domain.Subscription;

/** A subscription as the API shows it: its settings without the secret (only whether one is set), and its queue. */
public record SubscriptionView(UUID id, String name, String targetType, List<String> domains,
                               Map<String, List<String>> filter, Map<String, Object> config,
                               Map<String, Map<String, String>> mappings, boolean secretSet, boolean includeSensitive,
                               RetryView retry, boolean active, Map<String, Long> deliveries, long version,
                               Instant createdAt, Instant updatedAt) {

    public record RetryView(int maxAttempts, String initialBackoff, String maxBackoff) {
    }

    static SubscriptionView of(Subscription s, Map<DeliveryStatus, Long> counts) {
        Map<String, Long> deliveries = new TreeMap<>();
        counts.forEach((status, n) -> deliveries.put(status.name().toLowerCase(Locale.ROOT), n));
        return new SubscriptionView(s.id(), s.name(), s.targetType().name().toLowerCase(Locale.ROOT),
                s.domains().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList(),
                SubscriptionJson.filter(s).accepted(), SubscriptionJson.configAsSent(s), SubscriptionJson.mappings(s),
                s.hasSecret(), s.includeSensitive(),
                new RetryView(s.retry().maxAttempts(), s.retry().initialBackoff().toString(), s.retry().maxBackoff().toString()),
                s.active(), deliveries, s.lockVersion(), s.createdAt(), s.updatedAt());
    }
}
