package org.mdmhub.mdm.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.mdmhub.mdm.platform.crypto.SecretBox;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.publication.domain.DeliveryTarget;
import org.mdmhub.mdm.publication.domain.Subscription;
import org.mdmhub.mdm.publication.domain.TargetSettings;
import org.mdmhub.mdm.publication.domain.TargetType;

/** The installed target adapters, and a subscription's settings as its adapter needs them (secret decrypted). */
@ApplicationScoped
public class Targets {
    @Inject @Any Instance<DeliveryTarget> adapters;
    @Inject SecretBox secrets;

    public DeliveryTarget adapter(TargetType type) {
        return adapters.stream().filter(a -> a.type() == type).findFirst()
                .orElseThrow(() -> new MdmException(ProblemType.CONFLICT, "No adapter is installed for " + type));
    }

    public TargetSettings settings(Subscription s) {
        return new TargetSettings(s.id(), s.name(), s.targetType(), SubscriptionJson.config(s), SubscriptionJson.mappings(s),
                s.hasSecret() ? secrets.open(s.secretCiphertext()) : null);
    }
}
