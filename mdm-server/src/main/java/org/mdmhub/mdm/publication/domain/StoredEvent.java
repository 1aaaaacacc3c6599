package org.mdmhub.mdm.publication.domain;

import java.util.List;
import java.util.Map;

/** An outbox event with the facets subscriptions filter on, and its feed position once it has one. */
public record StoredEvent(ReleaseEvent event, Map<String, List<String>> facets, Long feedPosition) {
}
