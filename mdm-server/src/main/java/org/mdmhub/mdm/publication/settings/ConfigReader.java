package org.mdmhub.mdm.publication.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mdmhub.mdm.platform.problem.FieldError;

/**
 * Reads one subscription's {@code config} map and notes what is wrong, with paths such as
 * {@code config.port}. A value that is wrong is reported and replaced by its default, so reading goes on and
 * the caller gets every error at once.
 */
public final class ConfigReader {

    private final Map<String, String> config;
    private final List<FieldError> errors = new ArrayList<>();

    public ConfigReader(Map<String, String> config) {
        this.config = config == null ? Map.of() : config;
    }

    /** The trimmed value, if set and not blank. */
    public Optional<String> text(String key) {
        return Optional.ofNullable(config.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The value, or an error when it is missing. */
    public String required(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            reject(key, "is required");
        }
        return value.orElse(null);
    }

    /** The value or {@code fallback}; a key that is present but blank is an error (a default would hide a typo). */
    public String text(String key, String fallback) {
        if (config.containsKey(key) && text(key).isEmpty()) {
            reject(key, "must not be blank (leave it out for " + fallback + ")");
        }
        return text(key).orElse(fallback);
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when not set. */
    public int integer(String key, int fallback, int min, int max) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the range
        }
        reject(key, "must be a whole number from " + min + " to " + max);
        return fallback;
    }

    /** Records a problem with one config key. */
    public void reject(String key, String message) {
        errors.add(new FieldError("config." + key, message));
    }

    /** Records a problem with a field outside {@code config} (e.g. {@code secret}, {@code mappings.unit}). */
    public void rejectField(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** For adapters that translate no values: any mapping kind is a mistake. */
    public void rejectMappings(Map<String, Map<String, String>> mappings, String why) {
        if (mappings != null) {
            mappings.keySet().stream().sorted().forEach(kind -> rejectField("mappings." + kind, why));
        }
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
