package org.mdmhub.mdm.lifecycle.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the lifecycle needs from one golden-record domain. Each domain implements it once (items, BOMs,
 * suppliers, customers), so change requests, approvals and releases work the same way for all of them.
 */
public interface GovernedRecords {
    RecordType type();

    /** Refuses a record that does not exist; returns a readable name such as "item 100-200/A". */
    String describe(UUID id);

    /** The record's current lifecycle state. */
    LifecycleState state(UUID id);

    /** Moves a record along the lifecycle (submit, approve, reject back to draft, block). */
    void transition(UUID id, Transition transition);

    /** Checks a proposed change to a released record and returns it in canonical form (its published JSON). */
    String validateProposal(UUID id, String proposedDocument);

    /**
     * Carries out what the entry approved: a new record becomes RELEASED, a change becomes the next version,
     * an unblock or obsolete request takes effect.
     *
     * @return the records this release superseded (the previously released revision), often none
     */
    List<RecordRef> release(ChangeEntry entry);

    /** The record as subscribers receive it; only asked for records in a published state. */
    PublishedRecord published(UUID id);

    /** Everyone who authored content this entry would publish: none of them may approve it (four eyes). */
    Set<String> authors(ChangeEntry entry, String changeRequestAuthor);

    /**
     * A document of this domain — published, or a stored proposal (from {@link #validateProposal}) — with what
     * the domain keeps from most readers and subscribers masked (a supplier's IBANs). The one place masking is
     * decided; callers choose whether their reader needs it. Most domains have nothing to hide and return it as is.
     */
    default String maskSensitive(String document) {
        return document;
    }

    /** The facts the approval rules decide on (inputs of the DMN decision), as strings, numbers and booleans. */
    Map<String, Object> routingFacts(ChangeEntry entry);
}
