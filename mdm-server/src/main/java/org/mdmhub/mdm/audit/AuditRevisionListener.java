package org.mdmhub.mdm.audit;

import org.hibernate.envers.RevisionListener;
import org.mdmhub.mdm.security.CurrentUser;

/** Stamps each new revision with the caller and the reason given for the change. */
public class AuditRevisionListener implements RevisionListener {
    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).describe(CurrentUser.nameOrSystem(), ChangeReason.currentOrNull());
    }
}
