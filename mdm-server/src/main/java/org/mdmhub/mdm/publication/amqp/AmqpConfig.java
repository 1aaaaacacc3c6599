package org.mdmhub.mdm.publication.amqp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.publication.settings.ConfigReader;

/**
 * An AMQP subscription's settings, typed. The password is the subscription's secret; without one the client's
 * default (guest) is used, which RabbitMQ accepts only from localhost.
 *
 * @param host           broker host
 * @param port           broker port
 * @param virtualHost    RabbitMQ virtual host
 * @param username       login
 * @param exchange       the topic exchange events are published to (declared durable if missing)
 * @param confirmTimeout how long to wait for the broker to confirm a batch
 */
record AmqpConfig(String host, int port, String virtualHost, String username, String exchange, Duration confirmTimeout) {

    static final String HOST = "host";
    static final String PORT = "port";
    static final String VIRTUAL_HOST = "virtualHost";
    static final String USERNAME = "username";
    static final String EXCHANGE = "exchange";
    static final String CONFIRM_TIMEOUT_SECONDS = "confirmTimeoutSeconds";

    static final String DEFAULT_EXCHANGE = "mdm.releases";

    /** RabbitMQ's rule for names (letters, digits, - _ . :), at most 255 bytes. */
    private static final String EXCHANGE_NAME = "[A-Za-z0-9_.:-]{1,255}";
    private static final String HOST_NAME = "[A-Za-z0-9.:\\[\\]%_-]{1,253}";

    static Parsed parse(Map<String, String> config, Map<String, Map<String, String>> mappings) {
        ConfigReader reader = new ConfigReader(config);
        String host = reader.text(HOST, "127.0.0.1");
        if (!host.matches(HOST_NAME)) {
            reader.reject(HOST, "must be a host name or an IP address");
        }
        int port = reader.integer(PORT, 5672, 1, 65535);
        String virtualHost = reader.text(VIRTUAL_HOST, "/");
        String username = reader.text(USERNAME, "guest");
        String exchange = reader.text(EXCHANGE, DEFAULT_EXCHANGE);
        if (!exchange.matches(EXCHANGE_NAME)) {
            reader.reject(EXCHANGE, "may hold letters, digits, '-', '_', '.' and ':' only (at most 255)");
        } else if (exchange.startsWith("amq.")) {
            reader.reject(EXCHANGE, "must not start with 'amq.': RabbitMQ reserves those names");
        }
        int confirmSeconds = reader.integer(CONFIRM_TIMEOUT_SECONDS, 30, 1, 300);
        reader.rejectMappings(mappings, "AMQP messages carry the record as it is and take no value mappings");
        return reader.valid()
                ? new Parsed(new AmqpConfig(host, port, virtualHost, username, exchange, Duration.ofSeconds(confirmSeconds)), List.of())
                : new Parsed(null, reader.errors());
    }

    /**
     * Identifies everything a connection was opened with, so a cached connection is replaced when the
     * subscription's settings or password change. A digest, so the password is not kept as a map key.
     */
    String fingerprint(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {host, Integer.toString(port), virtualHost, username, String.valueOf(secret)}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    record Parsed(AmqpConfig config, List<FieldError> errors) {
        boolean valid() {
            return config != null;
        }
    }
}
