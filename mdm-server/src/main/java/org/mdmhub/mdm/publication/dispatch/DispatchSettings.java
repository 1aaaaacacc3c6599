package org.mdmhub.mdm.publication.dispatch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * The dispatcher's knobs, from system properties (set in the server configuration or on the command line).
 *
 * @param node    this node's name in claims and logs: {@code jboss.node.name}; must differ between nodes
 * @param enabled {@code mdm.dispatch.enabled} (default true): false makes a node that only writes
 * @param workers {@code mdm.dispatch.workers} (default 2): threads claiming and sending
 * @param batch   {@code mdm.dispatch.batch} (default 200): most deliveries one claim takes
 * @param lease   {@code mdm.dispatch.lease} (ISO-8601, default PT60S): how long a claim holds before another
 *                node may take it over once its node stops renewing it; a live node renews its claims every
 *                third of the lease while it sends them, so the lease bounds how long a dead or hung node's
 *                claims wait, not how long a slow target may take (a claim that outlives its lease is sent
 *                again by another node: harmless, but a duplicate)
 * @param poll    {@code mdm.dispatch.poll} (default PT1S): the longest a worker sleeps without a wake-up
 *                (retries coming due are found this way)
 */
record DispatchSettings(String node, boolean enabled, int workers, int batch, Duration lease, Duration poll) {

    static DispatchSettings fromSystemProperties() {
        return new DispatchSettings(nodeName(),
                Boolean.parseBoolean(System.getProperty("mdm.dispatch.enabled", "true")),
                Integer.getInteger("mdm.dispatch.workers", 2),
                Integer.getInteger("mdm.dispatch.batch", 200),
                Duration.parse(System.getProperty("mdm.dispatch.lease", "PT60S")),
                Duration.parse(System.getProperty("mdm.dispatch.poll", "PT1S")));
    }

    private static String nodeName() {
        String node = System.getProperty("jboss.node.name");
        if (node != null && !node.isBlank()) {
            return node;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
