package org.mdmhub.mdm.publication.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.publication.domain.Subscription;
import org.mdmhub.mdm.publication.domain.SubscriptionFilter;

/** Reads the JSON a {@link Subscription} keeps as text: its filter, adapter config and value mappings. */
public final class SubscriptionJson {
    private static final TypeReference<Map<String, List<String>>> FILTER = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> CONFIG = new TypeReference<>() { };
    private static final TypeReference<Map<String, Map<String, String>>> MAPPINGS = new TypeReference<>() { };

    private SubscriptionJson() {
    }

    public static SubscriptionFilter filter(Subscription s) {
        return new SubscriptionFilter(read(s.filterJson(), FILTER));
    }

    /** The adapter's settings as text, as the adapters read them: {@code 8} and {@code "8"} are the same setting. */
    public static Map<String, String> config(Subscription s) {
        return asText(configAsSent(s));
    }

    /** The adapter's settings as the admin sent them: strings, numbers and booleans keep their JSON type. */
    public static Map<String, Object> configAsSent(Subscription s) {
        return read(s.configJson(), CONFIG);
    }

    /**
     * Config values as text. The schema lets only strings, numbers and booleans through; a number keeps its JSON
     * spelling ({@code 8} is "8", {@code 8.5} is "8.5"), so an adapter that wants a whole number still refuses a fraction.
     */
    public static Map<String, String> asText(Map<String, ?> config) {
        Map<String, String> text = new LinkedHashMap<>();
        config.forEach((key, value) -> text.put(key, value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value)));
        return text;
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
