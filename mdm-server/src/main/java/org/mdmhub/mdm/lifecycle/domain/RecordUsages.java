package org.mdmhub.mdm.lifecycle.domain;

import java.util.List;

/**
 * Who depends on a record: e.g. the released BOMs that consume an item. Making a used record obsolete needs
 * that list acknowledged first. Domains that consume others implement it; the lifecycle asks all of them.
 */
public interface RecordUsages {
    /** Readable names of the released records that use {@code record}, empty when none does. */
    List<String> releasedUsersOf(RecordRef record);
}
