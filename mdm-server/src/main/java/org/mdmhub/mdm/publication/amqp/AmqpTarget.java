package org.mdmhub.mdm.publication.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Method;
import com.rabbitmq.client.ShutdownSignalException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.publication.domain.DeliveryResult;
import org.mdmhub.mdm.publication.domain.DeliveryTarget;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.TargetSettings;
import org.mdmhub.mdm.publication.domain.TargetType;

/**
 * Publishes events to a RabbitMQ topic exchange (AMQP 0-9-1), one persistent message per event, routed by
 * {@code <domain>.<event type>} (docs/amqp.md).
 *
 * <p>A batch is published on a fresh channel in confirm mode, then the broker's confirms are awaited once for
 * the whole batch: far faster than a round trip per message, and an event is reported delivered only when
 * the broker acknowledged it. Nacked or unconfirmed events are retried (a duplicate is possible and harmless:
 * consumers dedupe by message id). Messages are published with {@code mandatory=false}: routing them to
 * queues is the broker's configuration, not the hub's.
 *
 * <p>One connection per subscription is kept open and reused; it is replaced when it closed or the
 * subscription's settings changed. The client's automatic recovery is off: a broken connection surfaces as
 * RETRY results and the next batch opens a new one, so nothing is republished behind the dispatcher's back.
 */
@ApplicationScoped
public class AmqpTarget implements DeliveryTarget {

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int HANDSHAKE_TIMEOUT_MILLIS = 10_000;
    static final int RPC_TIMEOUT_MILLIS = 15_000;
    static final int HEARTBEAT_SECONDS = 30;

    /** Broker answers that mean "fix the settings or the broker's permissions", not "try again later". */
    private static final Set<Integer> REFUSALS = Set.of(
            AMQP.ACCESS_REFUSED, AMQP.NOT_FOUND, AMQP.PRECONDITION_FAILED, AMQP.NOT_ALLOWED);

    // stamps a message whose event carries no time of its own
    @Inject
    Clock clock;

    public AmqpTarget() {
        // for CDI
    }

    AmqpTarget(Clock clock) {
        this.clock = clock;
    }

    private final ConcurrentMap<String, Link> links = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    /** A subscription's open connection and the settings it was opened with. */
    private record Link(String fingerprint, Connection connection) {
    }

    @Override
    public TargetType type() {
        return TargetType.AMQP;
    }

    @Override
    public List<FieldError> check(Map<String, String> config, Map<String, Map<String, String>> mappings, boolean secretSet) {
        return AmqpConfig.parse(config, mappings).errors();
    }

    @Override
    public List<DeliveryResult> send(TargetSettings target, List<ReleaseEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        AmqpConfig.Parsed parsed = AmqpConfig.parse(target.config(), target.mappings());
        if (!parsed.valid()) {
            String why = "the subscription's settings are not valid: " + parsed.errors();
            return events.stream().map(event -> DeliveryResult.permanent(event, why)).toList();
        }
        AmqpConfig config = parsed.config();
        List<DeliveryResult> results = new ArrayList<>();
        List<AmqpMessage> messages = new ArrayList<>();
        for (ReleaseEvent event : events) {
            try {
                messages.add(AmqpMessage.of(event, clock.instant()));
            } catch (IllegalArgumentException unsendable) {
                results.add(DeliveryResult.permanent(event, unsendable.getMessage()));
            }
        }
        if (!messages.isEmpty()) {
            results.addAll(publish(target, config, messages));
        }
        return results;
    }

    private List<DeliveryResult> publish(TargetSettings target, AmqpConfig config, List<AmqpMessage> messages) {
        Connection connection;
        try {
            connection = connection(target, config);
        } catch (IOException | TimeoutException | RuntimeException e) {
            Function<ReleaseEvent, DeliveryResult> failure = failure(e, config);
            return messages.stream().map(AmqpMessage::event).map(failure).toList();
        }
        PublisherConfirms confirms = new PublisherConfirms();
        int expected = 0;
        Channel channel = null;
        try {
            channel = connection.createChannel();
            channel.confirmSelect();
            channel.addConfirmListener(confirms);
            // idempotent: a no-op when the exchange exists with these properties, an error (406) when not
            channel.exchangeDeclare(config.exchange(), BuiltinExchangeType.TOPIC, true);
            for (AmqpMessage message : messages) {
                confirms.expect(channel.getNextPublishSeqNo(), message.event());
                expected++;
                channel.basicPublish(config.exchange(), message.routingKey(), false, message.properties(), message.body());
            }
            if (channel.waitForConfirms(config.confirmTimeout().toMillis())) {
                confirms.allAcknowledged();
            }
            return confirms.results(event -> DeliveryResult.retry(event, "the broker did not confirm the message"));
        } catch (TimeoutException e) {
            return confirms.results(event -> DeliveryResult.retry(event,
                    "not confirmed within " + config.confirmTimeout().toSeconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unfinished(confirms, messages, expected, event -> DeliveryResult.retry(event, "interrupted"));
        } catch (IOException | RuntimeException e) { // RuntimeException: ShutdownSignalException, AlreadyClosedException
            if (!connection.isOpen()) {
                forget(key(target), connection);
            }
            return unfinished(confirms, messages, expected, failure(e, config));
        } finally {
            closeQuietly(channel);
        }
    }

    /** Confirmed events keep their answer; open and never-published ones get {@code failure}. */
    private static List<DeliveryResult> unfinished(PublisherConfirms confirms, List<AmqpMessage> messages, int expected,
                                                   Function<ReleaseEvent, DeliveryResult> failure) {
        List<DeliveryResult> results = new ArrayList<>(confirms.results(failure));
        messages.subList(expected, messages.size()).forEach(message -> results.add(failure.apply(message.event())));
        return results;
    }

    /** What a failure means for every event it hit: refused by the broker for good, or worth retrying. */
    private static Function<ReleaseEvent, DeliveryResult> failure(Exception e, AmqpConfig config) {
        if (e instanceof AuthenticationFailureException) {
            String detail = "the broker refused the login of '" + config.username() + "'";
            return event -> DeliveryResult.permanent(event, detail);
        }
        Optional<Method> reason = shutdownReason(e);
        if (reason.isPresent()) {
            int code = reason.get() instanceof AMQP.Channel.Close close ? close.getReplyCode()
                    : ((AMQP.Connection.Close) reason.get()).getReplyCode();
            String text = reason.get() instanceof AMQP.Channel.Close close ? close.getReplyText()
                    : ((AMQP.Connection.Close) reason.get()).getReplyText();
            String detail = "AMQP " + code + ": " + text;
            return REFUSALS.contains(code)
                    ? event -> DeliveryResult.permanent(event, detail)
                    : event -> DeliveryResult.retry(event, detail);
        }
        String detail = "cannot reach the broker at " + config.host() + ":" + config.port() + ": "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        return event -> DeliveryResult.retry(event, detail);
    }

    private static Optional<Method> shutdownReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ShutdownSignalException signal
                    && (signal.getReason() instanceof AMQP.Channel.Close || signal.getReason() instanceof AMQP.Connection.Close)) {
                return Optional.of(signal.getReason());
            }
        }
        return Optional.empty();
    }

    /** The subscription's open connection, opened now if it has none or its settings changed. */
    private Connection connection(TargetSettings target, AmqpConfig config) throws IOException, TimeoutException {
        String key = key(target);
        String fingerprint = config.fingerprint(target.secret());
        synchronized (locks.computeIfAbsent(key, k -> new Object())) { // one connect per subscription at a time
            Link link = links.get(key);
            if (link != null && link.fingerprint().equals(fingerprint) && link.connection().isOpen()) {
                return link.connection();
            }
            Connection fresh = factory(config, target.secret()).newConnection("mdm-hub: " + target.name());
            Link previous = links.put(key, new Link(fingerprint, fresh));
            if (previous != null) {
                closeQuietly(previous.connection());
            }
            return fresh;
        }
    }

    private static ConnectionFactory factory(AmqpConfig config, String secret) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(config.host());
        factory.setPort(config.port());
        factory.setVirtualHost(config.virtualHost());
        factory.setUsername(config.username());
        if (secret != null) {
            factory.setPassword(secret);
        }
        factory.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        factory.setHandshakeTimeout(HANDSHAKE_TIMEOUT_MILLIS);
        factory.setChannelRpcTimeout(RPC_TIMEOUT_MILLIS);
        factory.setRequestedHeartbeat(HEARTBEAT_SECONDS);
        factory.setAutomaticRecoveryEnabled(false);
        factory.setTopologyRecoveryEnabled(false);
        return factory;
    }

    private void forget(String key, Connection connection) {
        links.computeIfPresent(key, (k, link) -> link.connection() == connection ? null : link);
        closeQuietly(connection);
    }

    private static String key(TargetSettings target) {
        return String.valueOf(target.subscriptionId());
    }

    /** The subscription's cached connection, if one is open (for tests that break it on purpose). */
    Optional<Connection> connectionOf(TargetSettings target) {
        return Optional.ofNullable(links.get(key(target))).map(Link::connection).filter(Connection::isOpen);
    }

    @PreDestroy
    void closeAll() {
        links.values().forEach(link -> closeQuietly(link.connection()));
        links.clear();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            if (closeable instanceof Channel channel && !channel.isOpen()) {
                return;
            }
            if (closeable instanceof Connection connection) {
                if (connection.isOpen()) {
                    connection.close(CONNECT_TIMEOUT_MILLIS); // bounded: a dead broker never answers close-ok
                }
                return;
            }
            closeable.close();
        } catch (Exception alreadyGone) {
            // closing is best effort: the broker drops what a dead peer left behind
        }
    }
}
