package org.mdmhub.mdm.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/** Item request bodies for tests, each with a fresh item number. */
public final class Items {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

    private Items() {
    }

    public static String newNumber(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static String body(String number, String name) {
        return body(number, name, "\"gtin\":\"4006381333931\",");
    }

    public static String body(String number, String name, String extra) {
        return "{\"itemNumber\":\"" + number + "\",\"revision\":\"A\",\"name\":\"" + name + "\","
                + extra + "\"type\":\"component\",\"baseUnit\":\"C62\",\"weight\":{\"value\":0.012,\"unit\":\"KGM\"}}";
    }
}
