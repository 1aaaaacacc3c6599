package org.mdmhub.mdm.publication.odoo;

import java.net.URI;
import java.util.Objects;

/**
 * Where and as whom to call one Odoo database. The password (or API key) travels only in the request body;
 * {@link #toString()} leaves it out so the connection can be logged.
 *
 * @param url      the server's base URL, e.g. {@code https://erp.example.com}; {@code /jsonrpc} is appended
 * @param database the Odoo database name
 * @param login    the integration user's login
 * @param password the user's password or API key
 */
public record OdooConnection(URI url, String database, String login, String password) {

    public OdooConnection {
        Objects.requireNonNull(url);
        Objects.requireNonNull(database);
        Objects.requireNonNull(login);
        Objects.requireNonNull(password);
    }

    /** The JSON-RPC endpoint. */
    public URI endpoint() {
        String base = url.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/jsonrpc");
    }

    @Override
    public String toString() {
        return "OdooConnection[" + url + ", " + database + ", " + login + "]";
    }
}
