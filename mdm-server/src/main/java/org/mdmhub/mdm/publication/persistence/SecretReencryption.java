package org.mdmhub.mdm.publication.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.mdmhub.mdm.platform.crypto.SecretBox;

/**
 * Key rotation, second half: at start-up every stored target secret that is not sealed with the current
 * {@code MDM_SECRETS_KEY} (but opens with one of {@code MDM_SECRETS_KEY_PREVIOUS}) is sealed again with the
 * current key. The secret itself does not change, so this is no change of the subscription and writes no
 * revision; the history keeps the ciphertexts of its time. Only ids and counts are logged.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class SecretReencryption {
    private static final Logger LOG = Logger.getLogger(SecretReencryption.class.getName());

    @PersistenceContext(unitName = "mdm")
    EntityManager em;

    @Inject SecretBox secrets;

    @PostConstruct
    void reencrypt() {
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery(
                "select id, secret_ciphertext from subscription where secret_ciphertext is not null").getResultList();
        int resealed = 0;
        for (Object[] row : stored) {
            String sealed = (String) row[1];
            if (secrets.isCurrent(sealed)) {
                continue;
            }
            try {
                em.createNativeQuery("update subscription set secret_ciphertext = :sealed where id = :id")
                        .setParameter("sealed", secrets.reseal(sealed)).setParameter("id", row[0]).executeUpdate();
                resealed++;
            } catch (IllegalStateException unreadable) {
                LOG.warning("The secret of subscription " + row[0] + " opens with none of the configured keys; "
                        + "set it again through the API (PUT /api/v1/subscriptions/" + row[0] + ")");
            }
        }
        if (resealed > 0) {
            int count = resealed;
            LOG.info(() -> count + " target secret(s) re-encrypted with the current MDM_SECRETS_KEY");
        }
    }
}
