package org.mdmhub.mdm.golden.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.mdmhub.mdm.audit.AuditTrail;
import org.mdmhub.mdm.golden.domain.GoldenRecord;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntry;
import org.mdmhub.mdm.lifecycle.domain.ChangeEntryKind;
import org.mdmhub.mdm.lifecycle.domain.GovernedRecords;
import org.mdmhub.mdm.lifecycle.domain.LifecycleState;
import org.mdmhub.mdm.lifecycle.domain.PublishedRecord;
import org.mdmhub.mdm.lifecycle.domain.RecordRef;
import org.mdmhub.mdm.lifecycle.domain.Transition;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * What governing any golden-record domain under the common lifecycle has in common: finding the record, naming it,
 * moving it along the lifecycle, checking and storing a proposed change, releasing what an entry approved, the
 * authors that may not approve it (four eyes), and the facts the approval rules decide on. A domain adds only its
 * parts — about a page: where its records are ({@link #find}), its {@link #proposals() proposal codec}, its
 * release policy ({@link #acceptProposal}, {@link #releaseNew}, {@link #applyChange}), what it publishes
 * ({@link #published(GoldenRecord)}) and its routing facts ({@link #routingFacts(GoldenRecord, ChangeEntry, Optional)}).
 * Subclasses are CDI beans and transactional; their injected rules are applied by the aggregates' own verbs.
 *
 * @param <R> the aggregate
 * @param <A> its attributes value, the content a proposal carries
 */
public abstract class RecordGovernance<R extends GoldenRecord, A> implements GovernedRecords {

    @Inject
    protected Clock clock;

    @Inject
    AuditTrail auditTrail;

    /** The aggregate class, whose audit trail names the authors of a new record. */
    protected abstract Class<R> recordClass();

    /** How messages name a record of this domain, before its business key: "item", "BOM", "supplier". */
    protected abstract String noun();

    protected abstract Optional<R> find(UUID id);

    /** How the domain's documents (published, and proposed changes) are read and written. */
    protected abstract ProposalCodec<?, A> proposals();

    /**
     * The domain's checks of a proposed change to a released record, before it is stored (its key cannot
     * change, masked values mean "unchanged"…): returns what is to be stored. The rules are applied after this.
     */
    protected abstract A acceptProposal(R record, A proposed);

    /** Applies the rules a change must pass without changing anything; the aggregate's verb applies them again. */
    protected abstract void requireValid(A proposed);

    /** Releases an approved new record; returns the records this release superseded (a previous revision). */
    protected abstract List<RecordRef> releaseNew(R record, Instant now);

    /** Applies an approved change to a released record (the aggregate's {@code applyApprovedChange}). */
    protected abstract void applyChange(R record, A proposed, Instant now);

    /** The record as subscribers receive it. */
    protected abstract PublishedRecord published(R record);

    /**
     * The facts the approval rules (DMN) decide on for this entry; {@code proposed} is the change an entry of kind
     * CHANGE carries, empty otherwise.
     */
    protected abstract Map<String, Object> routingFacts(R record, ChangeEntry entry, Optional<A> proposed);

    @Override
    public String describe(UUID id) {
        return noun() + " " + record(id).businessKey();
    }

    @Override
    public LifecycleState state(UUID id) {
        return record(id).state();
    }

    @Override
    public void transition(UUID id, Transition transition) {
        record(id).transition(transition, clock.instant());
    }

    @Override
    public String validateProposal(UUID id, String proposedDocument) {
        R record = record(id);
        record.requireReleased();
        A accepted = acceptProposal(record, proposals().read(proposedDocument));
        requireValid(accepted);
        return proposals().write(accepted);
    }

    /**
     * Carries out what the entry approved. A rule the record breaks at release (reference data may have changed
     * since it was saved) is reported with the record's name, since one change request may release many records.
     */
    @Override
    public List<RecordRef> release(ChangeEntry entry) {
        R record = record(entry.record().id());
        Instant now = clock.instant();
        try {
            if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
                return releaseNew(record, now);
            }
            if (entry.kind() == ChangeEntryKind.CHANGE) {
                applyChange(record, proposals().read(entry.proposed().orElseThrow()), now);
            } else {
                record.transition(entry.kind().transition().orElseThrow(), now);
            }
            return List.of();
        } catch (MdmException e) {
            if (e.type() != ProblemType.VALIDATION_FAILED || e.getMessage().startsWith(capitalized(noun()))) {
                throw e;
            }
            throw new MdmException(e.type(), capitalized(noun()) + " " + record.businessKey() + ": " + e.getMessage(),
                    e.errors());
        }
    }

    @Override
    public PublishedRecord published(UUID id) {
        return published(record(id));
    }

    @Override
    public Set<String> authors(ChangeEntry entry, String changeRequestAuthor) {
        Set<String> authors = new TreeSet<>(Set.of(changeRequestAuthor));
        if (entry.kind() == ChangeEntryKind.NEW_RECORD) {
            authors.addAll(auditTrail.authorsOf(recordClass(), entry.record().id()));
        }
        return authors;
    }

    @Override
    public Map<String, Object> routingFacts(ChangeEntry entry) {
        Optional<A> proposed = entry.kind() == ChangeEntryKind.CHANGE
                ? Optional.of(proposals().read(entry.proposed().orElseThrow())) : Optional.empty();
        return routingFacts(record(entry.record().id()), entry, proposed);
    }

    protected R record(UUID id) {
        return find(id).orElseThrow(() -> MdmException.notFound(capitalized(noun()) + " " + id));
    }

    private static String capitalized(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
