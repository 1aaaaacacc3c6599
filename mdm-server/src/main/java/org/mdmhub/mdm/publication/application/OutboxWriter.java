package org.mdmhub.mdm.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.ReleaseEvents;

/**
 * The lifecycle's {@link ReleaseEvents}: each released change becomes an outbox event and its deliveries, in
 * the transaction of the change. Must run inside it ({@code MANDATORY}): an event written on its own could
 * publish a change that then rolled back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboxWriter implements ReleaseEvents {
    @Inject DeliveryFanout fanout;

    @Override
    public void changed(RecordRef record) {
        fanout.publish(record);
    }
}
