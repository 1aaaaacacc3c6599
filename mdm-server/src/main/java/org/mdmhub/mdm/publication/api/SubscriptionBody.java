package org.mdmhub.mdm.publication.api;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.publication.application.SubscriptionAdmin;
import org.mdmhub.mdm.publication.application.SubscriptionJson;
import org.mdmhub.mdm.publication.domain.RetryPolicy;
import org.mdmhub.mdm.publication.domain.TargetType;

/**
 * A subscription as an admin sends it, shaped by {@code schemas/v1/subscription.schema.json}. A {@code config} value
 * is a string, number or boolean as the client sent it: it is stored so, and the adapters read its text.
 */
public record SubscriptionBody(String name, String targetType, List<String> domains, Map<String, List<String>> filter,
                               Map<String, Object> config, Map<String, Map<String, String>> mappings, String secret,
                               Boolean includeSensitive, RetryBody retry, Boolean active) {

    public record RetryBody(Integer maxAttempts, String initialBackoff, String maxBackoff) {
        RetryPolicy toPolicy() {
            RetryPolicy d = RetryPolicy.DEFAULT;
            return new RetryPolicy(maxAttempts == null ? d.maxAttempts() : maxAttempts,
                    initialBackoff == null ? d.initialBackoff() : Duration.parse(initialBackoff),
                    maxBackoff == null ? d.maxBackoff() : Duration.parse(maxBackoff));
        }
    }

    SubscriptionAdmin.Request toRequest() {
        EnumSet<RecordType> wanted = EnumSet.noneOf(RecordType.class);
        domains.forEach(d -> wanted.add(RecordType.valueOf(d.toUpperCase(Locale.ROOT))));
        Map<String, List<String>> f = filter == null ? Map.of() : filter;
        Map<String, Object> sent = config == null ? Map.of() : config;
        Map<String, String> c = SubscriptionJson.asText(sent);
        Map<String, Map<String, String>> m = mappings == null ? Map.of() : mappings;
        RetryPolicy policy = retry == null ? RetryPolicy.DEFAULT : retry.toPolicy();
        return new SubscriptionAdmin.Request(name, TargetType.valueOf(targetType.toUpperCase(Locale.ROOT)),
                SubscriptionAdmin.settings(name, wanted, f, sent, m, Boolean.TRUE.equals(includeSensitive), policy,
                        active == null || active), f, c, m, secret);
    }
}
