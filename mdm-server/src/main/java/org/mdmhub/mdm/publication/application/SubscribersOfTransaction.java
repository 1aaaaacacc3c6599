package org.mdmhub.mdm.publication.application;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.List;
import org.mdmhub.mdm.publication.domain.Subscription;
import org.mdmhub.mdm.publication.domain.SubscriptionFilter;
import org.mdmhub.mdm.publication.domain.Subscriptions;

/**
 * The active subscriptions with their parsed filters, read once per transaction: a change request releasing
 * a thousand records fans out a thousand events, and asks the database for the subscriptions once, not a
 * thousand times.
 */
@TransactionScoped
public class SubscribersOfTransaction implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A subscription and the filter it applies. */
    public record Subscriber(Subscription subscription, SubscriptionFilter filter) {
    }

    @Inject Subscriptions subscriptions;

    private transient List<Subscriber> active;

    public List<Subscriber> active() {
        if (active == null) {
            active = subscriptions.active().stream().map(s -> new Subscriber(s, SubscriptionJson.filter(s))).toList();
        }
        return active;
    }
}
