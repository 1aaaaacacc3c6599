package org.mdmhub.mdm.publication.odoo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Odoo contract against the double: keeps the double honest to odoo-api.md. */
class OdooDoubleContractTest extends OdooContract {

    private static OdooDouble odoo;

    @BeforeAll
    static void start() {
        odoo = OdooDouble.start();
    }

    @AfterAll
    static void stop() {
        odoo.close();
    }

    @Override
    OdooConnection connection() {
        return odoo.connection();
    }
}
