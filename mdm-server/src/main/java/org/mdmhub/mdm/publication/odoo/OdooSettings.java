package org.mdmhub.mdm.publication.odoo;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.publication.domain.TargetSettings;

/**
 * An Odoo subscription's settings: {@code config.url} (http or https), {@code config.database},
 * {@code config.login}, optional {@code config.batchSize} (records per {@code load} call, 1..1000, default
 * 200), the secret (password or API key) and the value mappings {@code unit} and {@code category}.
 */
record OdooSettings(OdooConnection connection, int batchSize, ValueMappings values) {

    static final int DEFAULT_BATCH_SIZE = 200;
    static final int MAX_BATCH_SIZE = 1000;
    static final Set<String> MAPPING_KINDS = Set.of(ValueMappings.UNIT, ValueMappings.CATEGORY, ValueMappings.TRADE,
            ValueMappings.ROUTE);

    /** The settings of a subscription whose {@link #check} found nothing wrong. */
    static OdooSettings of(TargetSettings target) {
        OdooConnection connection = new OdooConnection(URI.create(target.setting("url").orElseThrow().strip()),
                target.setting("database").orElseThrow(), target.setting("login").orElseThrow(), target.secret());
        int batchSize = target.setting("batchSize").map(s -> Integer.parseInt(s.strip())).orElse(DEFAULT_BATCH_SIZE);
        return new OdooSettings(connection, batchSize,
                new ValueMappings(target.mapping(ValueMappings.UNIT), target.mapping(ValueMappings.CATEGORY),
                        target.mapping(ValueMappings.TRADE), target.mapping(ValueMappings.ROUTE)));
    }

    /** What is wrong with the settings, as field errors; empty when they are usable. Does not connect. */
    static List<FieldError> check(Map<String, String> config, Map<String, Map<String, String>> mappings, boolean secretSet) {
        List<FieldError> errors = new ArrayList<>();
        String url = blankToNull(config.get("url"));
        if (url == null) {
            errors.add(new FieldError("config.url", "the Odoo server's URL is required, e.g. https://erp.example.com"));
        } else if (!isHttpUrl(url)) {
            errors.add(new FieldError("config.url", "must be an http or https URL with a host"));
        }
        if (blankToNull(config.get("database")) == null) {
            errors.add(new FieldError("config.database", "the Odoo database name is required"));
        }
        if (blankToNull(config.get("login")) == null) {
            errors.add(new FieldError("config.login", "the integration user's login is required"));
        }
        if (!secretSet) {
            errors.add(new FieldError("secret", "the integration user's password or API key is required"));
        }
        String batchSize = blankToNull(config.get("batchSize"));
        if (batchSize != null && !isBatchSize(batchSize)) {
            errors.add(new FieldError("config.batchSize", "must be a whole number from 1 to " + MAX_BATCH_SIZE));
        }
        mappings.keySet().stream().filter(kind -> !MAPPING_KINDS.contains(kind)).sorted().forEach(kind ->
                errors.add(new FieldError("mappings." + kind, "Odoo knows only the mappings unit, category, trade and route")));
        mappings.getOrDefault(ValueMappings.ROUTE, Map.of()).keySet().stream().filter(k -> !ValueMappings.DEFAULT_ROUTES.containsKey(k))
                .forEach(k -> errors.add(new FieldError("mappings.route." + k, "route mappings are keyed make or buy")));
        mappings.getOrDefault(ValueMappings.TRADE, Map.of()).forEach((type, trade) -> {
            if (!ValueMappings.TRADES.contains(trade)) {
                errors.add(new FieldError("mappings.trade." + type, "must be one of " + ValueMappings.TRADES));
            }
        });
        return errors;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean isBatchSize(String value) {
        try {
            int size = Integer.parseInt(value.strip());
            return size >= 1 && size <= MAX_BATCH_SIZE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
