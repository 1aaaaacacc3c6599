/**
 * The lifecycle shared by all golden-record domains: the transition table, change requests (one approval
 * for many records), approval decisions, and the two ports the rest plugs into — {@link
 * org.mdmhub.mdm.lifecycle.domain.GovernedRecords} (one per domain) and {@link
 * org.mdmhub.mdm.lifecycle.domain.ApprovalWorkflow} (implemented with Flowable in {@code lifecycle.flowable}).
 */
package org.mdmhub.mdm.lifecycle.domain;
