package org.mdmhub.mdm.publication.odoo;

import java.net.URI;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The Odoo contract against a real Odoo 17 (modules product, uom, mrp, contacts), to check the double and
 * odoo-api.md: {@code mvn -pl mdm-server test -Dtest=OdooRealContractTest -Dodoo.url=http://localhost:8069
 * -Dodoo.db=odoo -Dodoo.login=mdm-integration -Dodoo.password=<api key>}.
 */
@EnabledIfSystemProperty(named = "odoo.url", matches = ".+",
        disabledReason = "no real Odoo given: pass -Dodoo.url, -Dodoo.db, -Dodoo.login and -Dodoo.password to run the contract against one")
class OdooRealContractTest extends OdooContract {

    @Override
    OdooConnection connection() {
        return new OdooConnection(URI.create(System.getProperty("odoo.url")), System.getProperty("odoo.db"),
                System.getProperty("odoo.login"), System.getProperty("odoo.password"));
    }
}
