package org.mdmhub.mdm.publication.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionJsonTest {

    @Test
    void configValuesReadAsTheTextTheirJsonSpells() {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("url", "https://example.com/in");
        sent.put("port", 5672);
        sent.put("concurrency", "8");
        sent.put("timeoutSeconds", 2.5);
        sent.put("big", new BigDecimal("1E+3"));
        sent.put("tls", true);

        assertEquals(Map.of("url", "https://example.com/in", "port", "5672", "concurrency", "8", "timeoutSeconds", "2.5",
                "big", "1000", "tls", "true"), SubscriptionJson.asText(sent));
    }
}
