package org.mdmhub.mdm.lifecycle.domain;

/** Where a change request stands: being assembled, in approval, decided, or published. */
public enum ChangeRequestStatus { OPEN, IN_REVIEW, APPROVED, REJECTED, RELEASED }
