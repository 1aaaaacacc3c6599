package org.mdmhub.mdm.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Verifies the hash chain over the audit revisions (migration V0012): each link's hash is recomputed from
 * its revision's current content and the previous link's stored hash, and each link must name the hash
 * of the one before it. The first link where either fails is the first place the history was changed
 * (content edited or removed, a link removed or inserted). The links are appended by the database itself,
 * in the transaction that writes the revision, so no application code can skip one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditChain {
    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    public ChainVerification verify() {
        long links = ((Number) em.createNativeQuery("select count(*) from audit_chain").getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> broken = em.createNativeQuery("""
                select c.seq, c.rev,
                       case when audit_link_hash(c.prev_hash, c.rev) is distinct from c.hash then 'content'
                            else 'link' end
                from (select seq, rev, prev_hash, hash, lag(hash) over (order by seq) as before,
                             row_number() over (order by seq) as n
                      from audit_chain) c
                where audit_link_hash(c.prev_hash, c.rev) is distinct from c.hash
                   or (c.n > 1 and c.prev_hash is distinct from c.before)
                   or (c.n = 1 and c.prev_hash is not null)
                order by c.seq
                limit 1""").getResultList();
        if (broken.isEmpty()) {
            return ChainVerification.intact(links);
        }
        Object[] first = broken.get(0);
        long revision = ((Number) first[1]).longValue();
        String reason = "content".equals(first[2])
                ? "revision " + revision + " no longer has the content it was chained with (its revision row or audit rows were changed or removed)"
                : "the link before revision " + revision + " was removed or replaced";
        return new ChainVerification(links, false, ((Number) first[0]).longValue(), revision, reason);
    }
}
