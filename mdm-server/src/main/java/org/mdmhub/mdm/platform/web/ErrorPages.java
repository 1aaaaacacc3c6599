package org.mdmhub.mdm.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.rest.Problem;
import org.mdmhub.mdm.platform.rest.ProblemStatus;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * Problem documents for errors raised before JAX-RS runs: a URL the container cannot decode (400), the OIDC
 * layer refusing a token (401), a path no servlet serves (404), or a failure inside the security layer (500, e.g.
 * the identity provider is unreachable). web.xml routes those error pages here, so a client sees one error format everywhere and
 * never a server stack trace. Headers already set (such as the {@code WWW-Authenticate} challenge) stay.
 */
@WebServlet({ErrorPages.PATH, ErrorPages.PATH + "/*"})
public class ErrorPages extends HttpServlet {
    static final String PATH = "/errors";
    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // /errors/not-found: the server's own rewrite of paths no client may read (WEB-INF, META-INF)
        boolean hidden = code == null && "/not-found".equals(request.getPathInfo());
        int status = code instanceof Integer number ? number
                : hidden ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object uri = hidden ? null : request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status == HttpServletResponse.SC_FORBIDDEN && request.getUserPrincipal() == null) {
            // a caller without a token is not "forbidden" but unauthenticated (RFC 9110 15.5.2, 15.5.4): the
            // container answers 403 when a constrained path without a JAX-RS resource (such as /) has no token
            status = HttpServletResponse.SC_UNAUTHORIZED;
            response.setHeader("WWW-Authenticate", "Bearer realm=\"mdm\"");
        }
        ProblemType type = typeFor(status);
        String detail = switch (type) {
            case UNAUTHENTICATED -> "Send a valid bearer token from the mdm realm, issued for the API (audience mdm-api), "
                    + "in the Authorization header";
            case NOT_FOUND -> "No resource at this path";
            case MALFORMED_REQUEST -> "The request URL is not valid: its percent-encoding is not UTF-8";
            case INTERNAL_ERROR -> incident((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            default -> null;
        };
        response.setStatus(ProblemStatus.of(type));
        // JSON is UTF-8 by definition (RFC 8259): no charset parameter, the same media type as JAX-RS sends
        response.setContentType("application/problem+json");
        Json.mapper().writeValue(response.getOutputStream(),
                Problem.of(type, detail, uri == null ? null : uri.toString(), List.of()));
    }

    private static ProblemType typeFor(int status) {
        return switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST; // the container refused to decode the URL
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.INTERNAL_ERROR;
        };
    }

    private static String incident(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " (before the application was reached)", failure);
        return "Incident " + incident + " has been logged";
    }
}
