package org.mdmhub.mdm.publication.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.publication.domain.Subscription;
import org.mdmhub.mdm.publication.domain.SubscriptionFilter;

/** Reads the JSON a {@link Subscription} keeps as text: its filter, adapter config and value mappings. */
public final class SubscriptionJson {
    private static final TypeReference<Map<String, List<String>>> FILTER = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> CONFIG = new TypeReference<>() { };
    private static final TypeReference<Map<String, Map<String, String>>> MAPPINGS = new TypeReference<>() { };

    private SubscriptionJson() {
    }

    public static SubscriptionFilter filter(Subscription s) {
        return new SubscriptionFilter(read(s.filterJson(), FILTER));
    }

    public static Map<String, String> config(Subscription s) {
        return read(s.configJson(), CONFIG);
    }

    public static Map<String, Map<String, String>> mappings(Subscription s) {
        return read(s.mappingsJson(), MAPPINGS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored subscription setting is not valid JSON", e);
        }
    }
}
