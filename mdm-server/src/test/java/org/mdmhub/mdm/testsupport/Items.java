package org.mdmhub.mdm.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Item request bodies for tests: fresh item numbers, each number with its own valid GTIN (the same on every body). */
public final class Items {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
    private static final long GTIN_BASE = (System.currentTimeMillis() % 1_000_000L) * 1_000_000L;
    private static final Map<String, String> GTINS = new ConcurrentHashMap<>();

    private Items() {
    }

    public static String newNumber(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static String body(String number, String name) {
        return body(number, name, "\"gtin\":\"" + GTINS.computeIfAbsent(number, n -> newGtin()) + "\",");
    }

    public static String body(String number, String name, String extra) {
        return "{\"itemNumber\":\"" + number + "\",\"revision\":\"A\",\"name\":\"" + name + "\","
                + extra + "\"type\":\"component\",\"baseUnit\":\"C62\",\"weight\":{\"value\":0.012,\"unit\":\"KGM\"}}";
    }

    /** A GTIN-13 not used before in this run, with its GS1 check digit. */
    public static String newGtin() {
        String body = String.format("%012d", GTIN_BASE + SEQUENCE.incrementAndGet());
        int sum = 0;
        for (int i = body.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (body.charAt(i) - '0') * weight;
        }
        return body + (10 - sum % 10) % 10;
    }
}
