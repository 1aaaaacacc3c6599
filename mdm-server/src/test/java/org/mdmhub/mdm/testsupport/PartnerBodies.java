package org.mdmhub.mdm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Supplier and customer request bodies for tests: a German supplier paid to one Commerzbank account, a
 * French customer on a credit limit, valid unless a test replaces members. Numbers come from
 * {@link Items#newNumber}.
 */
public final class PartnerBodies {
    public static final String IBAN = "DE89370400440532013000";
    public static final String IBAN_MASKED = "DE89 **** **** **** **30 00";
    /** {@link #IBAN} with its last digit changed: the MOD 97 check fails. */
    public static final String IBAN_ONE_DIGIT_CHANGED = "DE89370400440532013001";
    public static final String OTHER_IBAN = "DE02120300000000202051";
    public static final String OTHER_IBAN_MASKED = "DE02 **** **** **** **20 51";

    private PartnerBodies() {
    }

    /** A supplier body; {@code replacements} are pairs of member name and JSON value (null leaves the member out). */
    public static String supplier(String number, String legalName, String... replacements) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("supplierNumber", quoted(number));
        members.put("legalName", quoted(legalName));
        members.put("vatId", quoted("DE136695976"));
        members.put("country", quoted("DE"));
        members.put("addresses", "[{\"type\":\"legal\",\"street\":\"Hauptstr. 1\",\"postalCode\":\"10115\","
                + "\"city\":\"Berlin\",\"country\":\"DE\"}]");
        members.put("contacts", "[{\"name\":\"Eva Muster\",\"role\":\"sales\",\"email\":\"eva@acme.example\","
                + "\"phone\":\"+49 30 1234567\"}]");
        members.put("bankAccounts", "[" + bankAccount(null, IBAN) + "]");
        members.put("paymentTerms", quoted("NET30"));
        members.put("currency", quoted("EUR"));
        members.put("source", "{\"system\":\"odoo\",\"key\":" + quoted(number) + "}");
        return json(members, replacements);
    }

    /** A bank account; {@code id} null for a new one. */
    public static String bankAccount(String id, String iban) {
        return "{" + (id == null ? "" : "\"id\":" + quoted(id) + ",") + "\"iban\":" + quoted(iban)
                + ",\"bic\":\"COBADEFFXXX\",\"accountHolder\":\"Acme GmbH\",\"bankName\":\"Commerzbank\"}";
    }

    /** A customer body; {@code replacements} are pairs of member name and JSON value (null leaves the member out). */
    public static String customer(String number, String legalName, String creditStatus, String... replacements) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("customerNumber", quoted(number));
        members.put("legalName", quoted(legalName));
        members.put("vatId", quoted("FR40303265045"));
        members.put("country", quoted("FR"));
        members.put("addresses", "[{\"type\":\"shipping\",\"street\":\"1 rue de la Paix\",\"postalCode\":\"75002\","
                + "\"city\":\"Paris\",\"country\":\"FR\"}]");
        members.put("contacts", "[{\"name\":\"Jean Dupont\",\"email\":\"jean@globex.example\"}]");
        members.put("creditLimit", "{\"amount\":50000.00,\"currency\":\"EUR\"}");
        members.put("creditStatus", quoted(creditStatus));
        members.put("paymentTerms", quoted("NET60"));
        members.put("incoterm", "{\"code\":\"DAP\",\"place\":\"Paris warehouse\"}");
        members.put("priceListCode", quoted("PL-EU"));
        return json(members, replacements);
    }

    /**
     * A record as the API returned it, made into a request body the way a client edits it: without the members
     * the server owns (id, state, version, timestamps), lines kept with their ids, masked IBANs as shown.
     */
    public static ObjectNode asRequest(JsonNode record) {
        ObjectNode body = record.deepCopy();
        body.remove(List.of("id", "state", "version", "createdAt", "updatedAt"));
        return body;
    }

    private static String json(Map<String, String> members, String... replacements) {
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            if (replacements[i + 1] == null) {
                members.remove(replacements[i]);
            } else {
                members.put(replacements[i], replacements[i + 1]);
            }
        }
        return members.entrySet().stream().map(e -> quoted(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
