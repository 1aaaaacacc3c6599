package org.mdmhub.mdm.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.mdmhub.mdm.lifecycle.application.GovernedDomains;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.publication.domain.DeliveryLog;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.StoredEvent;

/**
 * The pull feed of released changes: events in feed order after a cursor (the feed position of the last one
 * read). Positions are given in commit order, so a reader that pages by cursor never skips an event. Sensitive
 * fields are masked unless the reader may see them.
 */
@ApplicationScoped
@Transactional
public class ReleaseFeed {
    @Inject DeliveryLog log;
    @Inject GovernedDomains domains;

    public record Entry(long position, ReleaseEvent event) {
    }

    public List<Entry> after(long cursor, Set<RecordType> wanted, int limit, boolean showSensitive) {
        return log.feed(cursor, wanted, limit).stream().map(stored -> new Entry(stored.feedPosition(),
                showSensitive ? stored.event() : masked(stored))).toList();
    }

    private ReleaseEvent masked(StoredEvent stored) {
        ReleaseEvent e = stored.event();
        return e.withDocument(domains.of(e.domain()).maskSensitive(e.document()));
    }
}
