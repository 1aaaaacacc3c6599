package org.mdmhub.mdm.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Await;
import org.mdmhub.mdm.testsupport.Database;
import org.mdmhub.mdm.testsupport.Items;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.PartnerBodies;

/**
 * A failed insert carrying a supplier's IBAN, a request with a NUL and the bearer tokens that sent them leave
 * none of these in the test server's log file: no SQL values, no request bytes, no tokens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogHygieneIT {
    private static final String REFUSED_HOLDER = "Refused by LogHygieneIT";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aFailedInsertWritesNoBankDataTokenOrRequestBytesToTheLog() throws Exception {
        Api api = new Api(base);
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        assertTrue(Files.isRegularFile(log), log.toString());
        String token = Keycloak.token("steward");
        String number = Items.newNumber("LOG");

        // an insert the database refuses after every check of the application passed: a constraint the
        // application does not know of, on the table that holds the IBAN
        sql("alter table supplier_bank_account add constraint log_hygiene_refuse check (account_holder <> '"
                + REFUSED_HOLDER + "') not valid");
        try {
            String body = PartnerBodies.supplier(number, "Acme GmbH", "bankAccounts",
                    "[{\"iban\":\"" + PartnerBodies.IBAN + "\",\"bic\":\"COBADEFFXXX\",\"accountHolder\":\""
                            + REFUSED_HOLDER + "\",\"bankName\":\"Commerzbank\"}]");
            Api.Reply failed = api.post("api/v1/suppliers").token(token).json(body).send();
            assertEquals(500, failed.status(), failed.toString());
            String incident = failed.json().get("detail").asText().replaceAll("^Incident (\\S+).*$", "$1");
            // the incident is logged (that is what an operator follows), so the log has been written when it shows
            Await.until("incident " + incident + " in server.log", () -> read(log).contains(incident));
        } finally {
            sql("alter table supplier_bank_account drop constraint log_hygiene_refuse");
        }
        Api.Reply nul = api.post("api/v1/suppliers").token(token)
                .json(PartnerBodies.supplier(Items.newNumber("LOG"), "Acme\\u0000GmbH")).send();
        assertEquals(400, nul.status(), nul.toString());
        assertEquals(401, api.get("api/v1/items?access_token=" + token).send().status());

        String text = read(log);
        assertFalse(text.contains(PartnerBodies.IBAN), "the IBAN is in server.log");
        assertFalse(text.contains(PartnerBodies.IBAN.replaceAll("(.{4})", "$1 ").strip()), "the spaced IBAN is in server.log");
        assertFalse(text.contains(REFUSED_HOLDER), "a value of the failed insert is in server.log");
        assertFalse(text.contains(token), "a bearer token is in server.log");
        assertFalse(text.contains(token.substring(token.lastIndexOf('.') + 1)), "a token signature is in server.log");
        assertFalse(text.indexOf('\u0000') >= 0, "a NUL is in server.log");
    }

    private static String read(Path log) {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = Database.connectAsOwner(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
