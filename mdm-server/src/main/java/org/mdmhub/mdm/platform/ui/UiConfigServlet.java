package org.mdmhub.mdm.platform.ui;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.mdmhub.mdm.platform.json.Json;

/**
 * {@code GET /ui/config.json}: the UI's runtime settings, produced from the server's, so one build runs against
 * any Keycloak. Outside the {@code /api/*} security constraint on purpose: the app needs it before anyone signs in.
 */
@WebServlet(UiConfigServlet.PATH)
public class UiConfigServlet extends HttpServlet {
    static final String PATH = "/ui/config.json";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UiSettings settings = UiSettings.fromServer();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        // settings may change with a restart; never let a browser keep an old identity provider
        response.setHeader("Cache-Control", "no-store");
        Json.mapper().writeValue(response.getOutputStream(), Map.of(
                "authority", settings.authority(),
                "clientId", settings.clientId(),
                "apiBase", "/api/v1"));
    }
}
