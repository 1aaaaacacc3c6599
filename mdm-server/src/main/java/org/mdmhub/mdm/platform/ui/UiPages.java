package org.mdmhub.mdm.platform.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Everything under {@code /ui}: a path that names no file of the app (a deep link such as
 * {@code /ui/items/<id>}) is answered with the app's {@code index.html}, whose router then shows that screen.
 * Hashed build files are cached for good, the page itself is revalidated, and every response carries a
 * content-security policy that allows only the app's own scripts and styles (the build has no inline script)
 * and calls to the API and to the identity provider.
 */
@WebFilter("/ui/*")
public class UiPages extends HttpFilter {
    static final String INDEX = "/ui/index.html";

    /**
     * The app's content-security policy (set by {@code platform.web.SecurityHeaders}, the one place for security
     * headers): only its own scripts and styles, and calls to the API and to the identity provider.
     */
    public static String contentSecurityPolicy() {
        String idp = UiSettings.fromServer().authorityOrigin();
        return "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self' " + idp + "; form-action 'self' " + idp
                + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/ui")) {
            response.sendRedirect(request.getContextPath() + "/ui/");
            return;
        }
        if (path.equals(UiConfigServlet.PATH)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/ui/assets/")) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            chain.doFilter(request, response);
            return;
        }
        boolean isFile = !path.endsWith("/") && getServletContext().getResource(path) != null;
        if (isFile && !path.equals(INDEX)) {
            chain.doFilter(request, response);
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        request.getRequestDispatcher(INDEX).forward(request, response);
    }
}
