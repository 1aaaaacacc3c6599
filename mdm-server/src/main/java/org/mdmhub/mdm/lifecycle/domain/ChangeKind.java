package org.mdmhub.mdm.lifecycle.domain;

/**
 * What an entry of a change request does: release a new record that is still a draft, or change a
 * released record (the proposed content waits in the entry; readers keep seeing the released version).
 */
public enum ChangeKind { NEW_RECORD, CHANGE }
