package org.mdmhub.mdm.publication.odoo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.publication.domain.DeliveryResult;
import org.mdmhub.mdm.publication.domain.Drift;
import org.mdmhub.mdm.publication.domain.ReconcilableTarget;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;
import org.mdmhub.mdm.publication.domain.TargetSettings;
import org.mdmhub.mdm.publication.domain.TargetType;

/**
 * The Odoo target: delivers released records to an Odoo 17 database through its external API, upserting by
 * external id so a re-publish updates and never duplicates, and reads Odoo back to report drift. Settings
 * in {@link OdooSettings}; the mapping in {@link Odoo17Mapping}; docs/odoo.md tells the whole story.
 */
@ApplicationScoped
public class OdooTarget implements ReconcilableTarget {

    private OdooJsonRpc rpc;
    private OdooKeyMap keyMap;
    private ItemKeys itemKeys;
    private Precisions.Cache precisions;

    protected OdooTarget() { // for CDI's proxy
    }

    @Inject
    public OdooTarget(OdooKeyMap keyMap, ItemKeys itemKeys, Clock clock) {
        this(new OdooJsonRpc(), keyMap, itemKeys, clock);
    }

    public OdooTarget(OdooJsonRpc rpc, OdooKeyMap keyMap, ItemKeys itemKeys, Clock clock) {
        this.precisions = new Precisions.Cache(clock);
        this.rpc = rpc;
        this.keyMap = keyMap;
        this.itemKeys = itemKeys;
    }

    @Override
    public TargetType type() {
        return TargetType.ODOO;
    }

    @Override
    public List<DeliveryResult> send(TargetSettings target, List<ReleaseEvent> events) {
        Results results = new Results(events);
        List<FieldError> errors = check(target.config(), target.mappings(), target.secret() != null);
        if (!errors.isEmpty()) {
            String detail = "the subscription's Odoo settings are incomplete: " + errors;
            events.forEach(e -> results.permanent(e, detail));
            return results.all();
        }
        OdooSettings settings = OdooSettings.of(target);
        try {
            rpc.authenticate(settings.connection());
            new OdooDelivery(settings, precisions.of(rpc, settings.connection()), target.subscriptionId(), rpc, keyMap,
                    itemKeys, results).send(events);
        } catch (OdooException e) {
            results.failed(events, e);
        } catch (RuntimeException e) { // a bug here must not lose the batch: retried, and visible in the detail
            events.forEach(event -> results.retry(event, "the Odoo connector failed: " + e));
        }
        return results.all();
    }

    @Override
    public List<FieldError> check(Map<String, String> config, Map<String, Map<String, String>> mappings, boolean secretSet) {
        return OdooSettings.check(config, mappings, secretSet);
    }

    @Override
    public List<Drift> compare(TargetSettings target, List<ReleaseEvent> expected, List<String> known) {
        List<FieldError> errors = check(target.config(), target.mappings(), target.secret() != null);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("the subscription's Odoo settings are incomplete: " + errors);
        }
        OdooSettings settings = OdooSettings.of(target);
        return new OdooReconciliation(settings, precisions.of(rpc, settings.connection()), target.subscriptionId(), rpc,
                keyMap).compare(expected, known);
    }
}
