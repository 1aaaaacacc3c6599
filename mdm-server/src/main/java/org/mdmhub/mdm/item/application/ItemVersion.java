package org.mdmhub.mdm.item.application;

import java.util.List;
import org.mdmhub.mdm.audit.ChangeKind;
import org.mdmhub.mdm.audit.Revision;
import org.mdmhub.mdm.item.domain.ItemAttributes;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;

/** One saved version of an item: its number, state and attributes, who saved it, and what changed. */
public record ItemVersion(int version, LifecycleState state, Revision revision, ChangeKind kind,
                          List<String> changedFields, ItemAttributes attributes) {
}
