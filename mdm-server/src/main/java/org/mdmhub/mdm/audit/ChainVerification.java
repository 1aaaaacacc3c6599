package org.mdmhub.mdm.audit;

/**
 * The result of checking the audit hash chain: how many links were checked and, when one does not hold, the
 * first broken link (its position in the chain and its revision) and why.
 */
public record ChainVerification(long links, boolean intact, Long firstBrokenLink, Long firstBrokenRevision, String reason) {

    static ChainVerification intact(long links) {
        return new ChainVerification(links, true, null, null, null);
    }
}
