package org.mdmhub.mdm.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.platform.problem.FieldError;

/** The published customer schema accepts a full customer and names each field it refuses. */
class CustomerSchemaTest {
    private final JsonSchemas schemas = new JsonSchemas();
    private final ObjectMapper mapper = new ObjectMapper();

    private List<String> fields(String json) throws Exception {
        return schemas.validate(SchemaName.CUSTOMER_V1, mapper.readTree(json)).stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsACompleteCustomer() throws Exception {
        assertEquals(List.of(), fields("""
                {"customerNumber":"C-2000","legalName":"Globex SARL","vatId":"FR40303265045","country":"FR",
                 "addresses":[{"type":"shipping","street":"1 rue de la Paix","postalCode":"75002","city":"Paris","country":"FR"}],
                 "contacts":[{"name":"Jean Dupont","email":"jean@globex.example"}],
                 "creditLimit":{"amount":50000.00,"currency":"EUR"},"creditStatus":"ok","paymentTerms":"NET60",
                 "incoterm":{"code":"DAP","place":"Paris warehouse"},"priceListCode":"PL-EU",
                 "source":{"system":"odoo","key":"res.partner,7"}}"""));
    }

    @Test
    void namesMissingRequiredFields() throws Exception {
        assertEquals(List.of("country", "creditStatus", "legalName"), fields("{\"customerNumber\":\"C-1\"}"));
    }

    @Test
    void refusesBadValuesAndHalfGivenObjects() throws Exception {
        assertEquals(List.of("bankAccounts", "creditLimit.amount", "creditStatus", "incoterm.place", "priceListCode"),
                fields("""
                {"customerNumber":"C-1","legalName":"Globex","country":"FR","creditStatus":"frozen",
                 "creditLimit":{"amount":-5,"currency":"EUR"},"incoterm":{"code":"DAP"},"priceListCode":"eu list",
                 "bankAccounts":[]}"""));
    }
}
