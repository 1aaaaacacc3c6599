package org.mdmhub.mdm.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * {@code Location} headers never follow the client's {@code Host} header: JAX-RS resolves them against the
 * request's base URI, which an attacker (or a misconfigured proxy) controls. They are rebuilt from the
 * configured public base URL ({@code MDM_PUBLIC_BASE_URL} or {@code -Dmdm.public-base-url}, e.g.
 * {@code https://mdm.example.com}); without one they are sent as absolute paths ({@code /api/v1/items/…}),
 * which RFC 9110 allows and which resolve against the address the client actually used.
 */
@Provider
public class PublicLocations implements ContainerResponseFilter {

    private static final String BASE = publicBase();

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, rebase(URI.create(location.toString())));
        }
    }

    static String rebase(URI location) {
        String path = location.getRawPath() == null || location.getRawPath().isEmpty() ? "/" : location.getRawPath();
        String query = location.getRawQuery() == null ? "" : "?" + location.getRawQuery();
        return BASE + path + query;
    }

    private static String publicBase() {
        String configured = System.getProperty("mdm.public-base-url", System.getenv("MDM_PUBLIC_BASE_URL"));
        if (configured == null || configured.isBlank()) {
            return "";
        }
        URI base = URI.create(configured.strip());
        if (base.getScheme() == null || base.getHost() == null) {
            throw new IllegalStateException("MDM_PUBLIC_BASE_URL must be an absolute URL such as https://mdm.example.com");
        }
        return configured.strip().replaceAll("/+$", "");
    }
}
