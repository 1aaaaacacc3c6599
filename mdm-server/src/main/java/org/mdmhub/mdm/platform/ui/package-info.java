/**
 * Serving the stewardship UI from the API's own WildFly (same origin, so no CORS): its runtime settings at
 * {@code /ui/config.json}, deep links answered with the app's page, and the caching and content-security headers
 * of its files. The files themselves come from the {@code stewardship-ui} module's resource jar.
 */
package org.mdmhub.mdm.platform.ui;
