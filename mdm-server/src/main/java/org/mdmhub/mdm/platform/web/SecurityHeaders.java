package org.mdmhub.mdm.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mdmhub.mdm.platform.ui.UiPages;

/**
 * The one place that sets the browser-facing security headers, on every response of the deployment (API
 * answers, problem documents of error pages, refused tokens). API responses are data, never a page: nothing
 * may be loaded, framed or sniffed. The stewardship UI, when it is served from this deployment, gets its own
 * policy here (its pages under {@code /ui/}: {@link UiPages#contentSecurityPolicy()}).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeaders extends HttpFilter {

    /** For JSON and problem documents: no content of any kind, no framing, no form targets. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final Map<String, String> COMMON = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        policyFor(request).forEach(response::setHeader);
        chain.doFilter(request, response);
    }

    /** The headers for one request; the place to give HTML (the UI) a different Content-Security-Policy. */
    static Map<String, String> policyFor(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>(COMMON);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean app = path.equals("/ui") || path.startsWith("/ui/");
        headers.put("Content-Security-Policy", app ? UiPages.contentSecurityPolicy() : API_CSP);
        return headers;
    }
}
