package org.mdmhub.mdm.publication.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where and how one subscription delivers, as an adapter needs it.
 *
 * @param subscriptionId the subscription
 * @param name           its name (for logs and error messages)
 * @param type           which adapter
 * @param config         the adapter's settings (e.g. {@code url}, {@code database}, {@code login},
 *                       {@code exchange}); never secret
 * @param mappings       value mappings by kind, e.g. {@code unit → {C62 → uom.product_uom_unit}},
 *                       {@code category → {…}}; empty where the adapter's defaults apply
 * @param secret         the credential (Odoo password or API key, webhook signing secret, AMQP password),
 *                       decrypted; null when none is set. Never shown by the API.
 */
public record TargetSettings(
        UUID subscriptionId,
        String name,
        TargetType type,
        Map<String, String> config,
        Map<String, Map<String, String>> mappings,
        String secret) {

    public TargetSettings {
        Objects.requireNonNull(type);
        config = config == null ? Map.of() : Map.copyOf(config);
        mappings = mappings == null ? Map.of() : Map.copyOf(mappings);
    }

    public Optional<String> setting(String key) {
        return Optional.ofNullable(config.get(key)).filter(v -> !v.isBlank());
    }

    public Map<String, String> mapping(String kind) {
        return mappings.getOrDefault(kind, Map.of());
    }

    @Override
    public String toString() { // keeps the secret out of logs
        return "TargetSettings[" + name + ", " + type + ", " + config + "]";
    }
}
