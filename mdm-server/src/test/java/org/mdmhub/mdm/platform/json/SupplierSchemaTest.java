package org.mdmhub.mdm.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.platform.problem.FieldError;

/** The published supplier schema accepts a full supplier and names each field it refuses, list indexes included. */
class SupplierSchemaTest {
    private final JsonSchemas schemas = new JsonSchemas();
    private final ObjectMapper mapper = new ObjectMapper();

    private List<String> fields(String json) throws Exception {
        return schemas.validate(SchemaName.SUPPLIER_V1, mapper.readTree(json)).stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsACompleteSupplier() throws Exception {
        assertEquals(List.of(), fields("""
                {"supplierNumber":"S-1000","legalName":"Acme GmbH","vatId":"DE 136 695 976","country":"DE",
                 "addresses":[{"type":"legal","street":"Hauptstr. 1","postalCode":"10115","city":"Berlin","country":"DE"},
                              {"id":"6f1c2d3e-0000-4000-8000-000000000001","type":"remit_to","street":"Postfach 9",
                               "city":"Berlin","region":"BE","country":"DE"}],
                 "contacts":[{"name":"Eva Muster","role":"sales","email":"eva@acme.example","phone":"+49 30 1234567"}],
                 "bankAccounts":[{"iban":"DE89 3704 0044 0532 0130 00","bic":"COBADEFFXXX","accountHolder":"Acme GmbH",
                                  "bankName":"Commerzbank","currency":"EUR"},
                                 {"id":"6f1c2d3e-0000-4000-8000-000000000002","iban":"DE89 **** **** **** **30 00",
                                  "accountHolder":"Acme GmbH"}],
                 "paymentTerms":"NET30","currency":"EUR","source":{"system":"odoo","key":"res.partner,42"}}"""));
    }

    @Test
    void namesMissingRequiredFields() throws Exception {
        assertEquals(List.of("country", "currency", "legalName"), fields("{\"supplierNumber\":\"S-1\"}"));
    }

    @Test
    void namesListEntriesByIndex() throws Exception {
        assertEquals(List.of("addresses[0].type", "bankAccounts[1].accountHolder", "bankAccounts[1].id",
                        "bankAccounts[1].owner", "contacts[0].name"),
                fields("""
                {"supplierNumber":"S-1","legalName":"Acme","country":"DE","currency":"EUR",
                 "addresses":[{"type":"home","street":"x","city":"y","country":"DE"}],
                 "contacts":[{"role":"sales"}],
                 "bankAccounts":[{"iban":"DE89370400440532013000","accountHolder":"Acme"},
                                 {"id":"not-a-uuid","iban":"DE89370400440532013000","owner":"Acme"}]}"""));
    }

    @Test
    void refusesBadFormats() throws Exception {
        assertEquals(List.of("bankAccounts[0].bic", "bankAccounts[0].iban", "country", "currency", "paymentTerms",
                        "supplierNumber"),
                fields("""
                {"supplierNumber":"s 1","legalName":"Acme","country":"Germany","currency":"euro","paymentTerms":"30 days",
                 "bankAccounts":[{"iban":"1234","bic":"COBA-DE","accountHolder":"Acme"}]}"""));
    }
}
