package org.mdmhub.mdm.publication.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.publication.settings.ConfigReader;

/**
 * A webhook subscription's settings, typed.
 *
 * @param url         where events are POSTed (absolute http or https)
 * @param timeout     how long one request may take until the response headers arrive
 * @param concurrency how many requests of one batch may be in flight at once
 */
record WebhookConfig(URI url, Duration timeout, int concurrency) {

    static final String URL = "url";
    static final String TIMEOUT_SECONDS = "timeoutSeconds";
    static final String CONCURRENCY = "concurrency";
    static final int DEFAULT_TIMEOUT_SECONDS = 10;
    static final int DEFAULT_CONCURRENCY = 8;

    /** The settings, or the errors that make them unusable; a webhook is always signed, so a secret is required. */
    static Parsed parse(Map<String, String> config, Map<String, Map<String, String>> mappings, boolean secretSet) {
        ConfigReader reader = new ConfigReader(config);
        URI url = url(reader);
        int timeout = reader.integer(TIMEOUT_SECONDS, DEFAULT_TIMEOUT_SECONDS, 1, 120);
        int concurrency = reader.integer(CONCURRENCY, DEFAULT_CONCURRENCY, 1, 64);
        if (!secretSet) {
            reader.rejectField("secret", "is required: every webhook is signed with it");
        }
        reader.rejectMappings(mappings, "webhooks send the record as it is and take no value mappings");
        return reader.valid()
                ? new Parsed(new WebhookConfig(url, Duration.ofSeconds(timeout), concurrency), List.of())
                : new Parsed(null, reader.errors());
    }

    private static URI url(ConfigReader reader) {
        String text = reader.required(URL);
        if (text == null) {
            return null;
        }
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                reader.reject(URL, "must be an absolute http or https URL with a host");
                return null;
            }
            if (url.getRawUserInfo() != null) {
                reader.reject(URL, "must not carry credentials: requests are authenticated by their signature");
                return null;
            }
            return url;
        } catch (URISyntaxException e) {
            reader.reject(URL, "is not a valid URL: " + e.getReason());
            return null;
        }
    }

    /** Either usable settings or the reasons they are not. */
    record Parsed(WebhookConfig config, List<FieldError> errors) {
        boolean valid() {
            return config != null;
        }
    }
}
