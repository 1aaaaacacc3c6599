package org.mdmhub.mdm.platform.ui;

import java.net.URI;

/**
 * What the UI must know at start and may show to anyone: where to sign in and as which client. Read from the
 * same server settings as the API's own token check (system property, then environment), so one setting moves
 * both; a public OIDC client has no secret, and nothing else is exposed here.
 */
record UiSettings(String authority, String clientId) {
    static final String DEFAULT_AUTHORITY = "http://localhost:8180/realms/mdm";
    static final String DEFAULT_CLIENT_ID = "mdm-ui";

    static UiSettings fromServer() {
        return new UiSettings(setting("mdm.oidc.provider-url", "MDM_OIDC_PROVIDER_URL", DEFAULT_AUTHORITY),
                setting("mdm.ui.client-id", "MDM_UI_CLIENT_ID", DEFAULT_CLIENT_ID));
    }

    /** The identity provider's origin, for the CSP's connect-src and form-action (token calls, login page). */
    String authorityOrigin() {
        URI uri = URI.create(authority);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
