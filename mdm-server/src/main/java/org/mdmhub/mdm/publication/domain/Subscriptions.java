package org.mdmhub.mdm.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The subscriptions repository. */
public interface Subscriptions {
    List<Subscription> all();

    List<Subscription> active();

    Optional<Subscription> byId(UUID id);

    Optional<Subscription> byName(String name);

    void add(Subscription subscription);
}
