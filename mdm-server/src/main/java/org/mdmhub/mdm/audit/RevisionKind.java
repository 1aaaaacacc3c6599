package org.mdmhub.mdm.audit;

/** What a revision did to a record. */
public enum RevisionKind { CREATED, UPDATED, DELETED }
