package org.mdmhub.mdm.publication.amqp;

import com.rabbitmq.client.ConfirmListener;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.mdmhub.mdm.publication.domain.DeliveryResult;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * The broker's answers for one batch on one channel: which publish (by its sequence number on the channel)
 * was acknowledged, which refused, and which is still open. A message counts as delivered only once the
 * broker confirmed it, because only then has it taken responsibility for it (written to disk for a
 * persistent message on a durable queue).
 */
final class PublisherConfirms implements ConfirmListener {

    private final NavigableMap<Long, ReleaseEvent> open = new ConcurrentSkipListMap<>();
    private final Map<Long, DeliveryResult> answered = new ConcurrentHashMap<>();

    /** Call before publishing, with the channel's next publish sequence number. */
    void expect(long publishSeqNo, ReleaseEvent event) {
        open.put(publishSeqNo, event);
    }

    /** A publish that failed on our side before the broker saw it. */
    void forget(long publishSeqNo) {
        open.remove(publishSeqNo);
    }

    @Override
    public void handleAck(long deliveryTag, boolean multiple) {
        settle(deliveryTag, multiple, DeliveryResult::delivered);
    }

    @Override
    public void handleNack(long deliveryTag, boolean multiple) {
        // the broker could not take the message (an internal error in the queue process): it may next time
        settle(deliveryTag, multiple, event -> DeliveryResult.retry(event, "the broker refused the message (nack)"));
    }

    private void settle(long tag, boolean multiple, java.util.function.Function<ReleaseEvent, DeliveryResult> outcome) {
        NavigableMap<Long, ReleaseEvent> settled = multiple ? open.headMap(tag, true) : open.subMap(tag, true, tag, true);
        settled.forEach((seq, event) -> answered.put(seq, outcome.apply(event)));
        settled.clear();
    }

    /** Every expected publish that was answered; those still open get {@code unanswered}. */
    List<DeliveryResult> results(java.util.function.Function<ReleaseEvent, DeliveryResult> unanswered) {
        return Stream.concat(answered.values().stream(), open.values().stream().map(unanswered)).toList();
    }

    /** The broker confirmed everything on the channel: what is still open here was acknowledged too. */
    void allAcknowledged() {
        open.forEach((seq, event) -> answered.put(seq, DeliveryResult.delivered(event)));
        open.clear();
    }
}
