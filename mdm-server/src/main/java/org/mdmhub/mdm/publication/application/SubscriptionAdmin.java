package org.mdmhub.mdm.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mdmhub.mdm.audit.ChangeReason;
import org.mdmhub.mdm.lifecycle.domain.RecordType;
import org.mdmhub.mdm.platform.crypto.SecretBox;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.locking.LockVersions;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.publication.domain.DeliveryTarget;
import org.mdmhub.mdm.publication.domain.RetryPolicy;
import org.mdmhub.mdm.publication.domain.Subscription;
import org.mdmhub.mdm.publication.domain.SubscriptionFilter;
import org.mdmhub.mdm.publication.domain.Subscriptions;
import org.mdmhub.mdm.publication.domain.TargetType;

/**
 * An admin adds and changes subscriptions. Settings are checked by the target's adapter before anything is
 * saved; the secret is encrypted at once and never read back through here.
 */
@ApplicationScoped
@Transactional
public class SubscriptionAdmin {

    @Inject
    Clock clock;
    @Inject Subscriptions subscriptions;
    @Inject SecretBox secrets;
    @Inject ChangeReason reason;
    @Inject @Any Instance<DeliveryTarget> adapters;

    /** What an admin sends; {@code secret} null on an update keeps the stored one. */
    public record Request(String name, TargetType type, Subscription.Settings settings, Map<String, List<String>> filter,
                          Map<String, String> config, Map<String, Map<String, String>> mappings, String secret) {
    }

    public Subscription create(Request request) {
        check(request, false);
        subscriptions.byName(request.name()).ifPresent(existing -> {
            throw new MdmException(ProblemType.CONFLICT, "A subscription named " + request.name() + " exists",
                    List.of(new FieldError("name", "already used by subscription " + existing.id())));
        });
        reason.defaultTo("subscription " + request.name() + " added");
        Subscription subscription = Subscription.create(request.type(), request.settings(),
                request.secret() == null ? null : secrets.seal(request.secret()), clock.instant());
        subscriptions.add(subscription);
        return subscription;
    }

    public Subscription update(UUID id, long expectedLockVersion, Request request) {
        Subscription subscription = get(id);
        LockVersions.requireSeen(expectedLockVersion, subscription.lockVersion(), "Subscription " + subscription.name(), subscription.lockVersion());
        if (request.type() != subscription.targetType()) {
            throw MdmException.validation(List.of(new FieldError("targetType",
                    "cannot change from " + subscription.targetType().name().toLowerCase() + "; add a new subscription")));
        }
        check(request, subscription.hasSecret());
        subscriptions.byName(request.name()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new MdmException(ProblemType.CONFLICT, "A subscription named " + request.name() + " exists",
                    List.of(new FieldError("name", "already used by subscription " + other.id())));
        });
        reason.defaultTo("subscription " + request.name() + " changed");
        subscription.apply(request.settings(), clock.instant());
        subscription.replaceSecret(request.secret() == null ? null : secrets.seal(request.secret()));
        return subscription;
    }

    public Subscription get(UUID id) {
        return subscriptions.byId(id).orElseThrow(() -> MdmException.notFound("Subscription " + id));
    }

    public List<Subscription> all() {
        return subscriptions.all();
    }

    private void check(Request request, boolean secretStored) {
        List<FieldError> errors = new ArrayList<>();
        request.filter().keySet().stream().filter(facet -> !SubscriptionFilter.FACETS.contains(facet)).forEach(facet ->
                errors.add(new FieldError("filter." + facet, "unknown facet; known: " + SubscriptionFilter.FACETS)));
        DeliveryTarget adapter = adapters.stream().filter(a -> a.type() == request.type()).findFirst()
                .orElseThrow(() -> MdmException.validation(List.of(new FieldError("targetType", "no adapter installed"))));
        errors.addAll(adapter.check(request.config(), request.mappings(), request.secret() != null || secretStored));
        if (!errors.isEmpty()) {
            throw new MdmException(ProblemType.VALIDATION_FAILED, "Subscription " + request.name() + ": "
                    + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
    }

    /** The JSON texts a {@link Subscription} keeps, from the request's maps; config values keep their JSON type. */
    public static Subscription.Settings settings(String name, Set<RecordType> domains,
                                                 Map<String, List<String>> filter, Map<String, ?> config,
                                                 Map<String, Map<String, String>> mappings, boolean includeSensitive,
                                                 RetryPolicy retry, boolean active) {
        return new Subscription.Settings(name, domains, Json.write(filter), Json.write(config),
                Json.write(mappings), includeSensitive, retry, active);
    }
}
