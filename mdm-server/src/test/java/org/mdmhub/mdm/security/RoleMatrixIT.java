package org.mdmhub.mdm.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.Keycloak;
import org.mdmhub.mdm.testsupport.MdmDeployment;
import org.mdmhub.mdm.testsupport.OpenApiOperations;
import org.mdmhub.mdm.testsupport.OpenApiOperations.Operation;

/**
 * Least privilege, checked against the served OpenAPI document: every operation × every caller of
 * {@code security/role-matrix.txt} gets what the matrix says (allowed: anything but 401/403; denied: exactly 403),
 * and every operation refuses a missing, a tampered and a wrong-audience token with 401. Calls use random ids and an
 * empty body, so an allowed call ends in 404/400/409/428 without changing anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleMatrixIT {
    private static final RoleMatrix MATRIX = RoleMatrix.load("/security/role-matrix.txt");

    /** Matrix column → how that caller gets its token (demo users: password = user name). */
    private static final Map<String, Supplier<String>> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("viewer", () -> Keycloak.token("viewer"));
        CALLERS.put("steward", () -> Keycloak.token("steward"));
        CALLERS.put("engineering", () -> Keycloak.token("engineer"));
        CALLERS.put("procurement", () -> Keycloak.token("buyer"));
        CALLERS.put("quality", () -> Keycloak.token("quality"));
        CALLERS.put("finance", () -> Keycloak.token("finance"));
        CALLERS.put("sales", () -> Keycloak.token("sales"));
        CALLERS.put("admin", () -> Keycloak.token("admin"));
        CALLERS.put("plm-publisher", () -> Keycloak.serviceToken("plm-publisher", "plm-publisher-demo-secret"));
        CALLERS.put("subscriber", () -> Keycloak.serviceToken("demo-subscriber", "demo-subscriber-demo-secret"));
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void theMatrixNamesExactlyTheCallersThisTestCanSignIn() {
        assertEquals(List.copyOf(CALLERS.keySet()), MATRIX.callers());
    }

    @Test
    void everyServedOperationHasARuleAndEveryRuleAServedOperation() {
        Set<String> served = new LinkedHashSet<>();
        OpenApiOperations.served(api).forEach(o -> served.add(o.key()));
        Set<String> withoutRule = new LinkedHashSet<>(served);
        withoutRule.removeAll(MATRIX.allowedByOperation().keySet());
        Set<String> withoutOperation = new LinkedHashSet<>(MATRIX.allowedByOperation().keySet());
        withoutOperation.removeAll(served);
        assertTrue(withoutRule.isEmpty(), "operations without a rule in role-matrix.txt: " + withoutRule);
        assertTrue(withoutOperation.isEmpty(), "rules for operations the document no longer has: " + withoutOperation);
    }

    @Test
    void everyCallerGetsWhatTheMatrixSaysOnEveryOperation() {
        Map<String, String> tokens = new LinkedHashMap<>();
        CALLERS.forEach((caller, token) -> tokens.put(caller, token.get()));
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Operation operation : covered()) {
            for (String caller : MATRIX.callers()) {
                Api.Reply reply = request(operation).token(tokens.get(caller)).send();
                calls++;
                boolean allowed = MATRIX.allows(operation.key(), caller);
                if (allowed && (reply.status() == 401 || reply.status() == 403 || reply.status() >= 500)) {
                    wrong.add(operation.key() + " as " + caller + ": expected to reach the resource, got " + reply);
                } else if (!allowed && (reply.status() != 403 || !isProblem(reply))) {
                    wrong.add(operation.key() + " as " + caller + ": expected 403 problem+json, got " + reply);
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + calls + " calls broke the matrix:\n" + String.join("\n", wrong));
    }

    @Test
    void everyOperationRefusesAMissingATamperedAndAWrongAudienceTokenWith401() {
        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("tampered signature", tamperedSignature(Keycloak.token("admin")));
        badTokens.put("no API audience", Keycloak.tokenWithoutApiAudience("admin"));
        List<String> wrong = new ArrayList<>();
        for (Operation operation : covered()) {
            Api.Reply none = request(operation).send();
            if (none.status() != 401 || !isProblem(none)) {
                wrong.add(operation.key() + " without a token: " + none);
            }
            badTokens.forEach((what, token) -> {
                Api.Reply reply = request(operation).token(token).send();
                if (reply.status() != 401 || !isProblem(reply)) {
                    wrong.add(operation.key() + " with a token with " + what + ": " + reply);
                }
            });
        }
        assertTrue(wrong.isEmpty(), "expected 401 problem+json:\n" + String.join("\n", wrong));
    }

    /** The operations both the document and the matrix know (a mismatch fails the test above, by name). */
    private List<Operation> covered() {
        List<Operation> operations = OpenApiOperations.served(api).stream()
                .filter(o -> MATRIX.allowedByOperation().containsKey(o.key())).toList();
        assertTrue(operations.size() > 50, "the document should offer the whole API, got " + operations.size());
        return operations;
    }

    /** A call that a permitted caller gets past the security check with, and that cannot change anything. */
    private Api.Call request(Operation operation) {
        String path = operation.path();
        for (OpenApiOperations.Parameter p : operation.in("path")) {
            path = path.replace("{" + p.name() + "}", pathValue(p.name()));
        }
        Api.Call call = api.call(operation.method(), path.substring(1));
        if (operation.method().equals("POST") || operation.method().equals("PUT")) {
            call.json("{}");
        }
        return call;
    }

    private static String pathValue(String name) {
        return switch (name) {
            case "collection" -> "items";
            case "version" -> "1";
            case "plant" -> "NOPLANT";
            default -> UUID.randomUUID().toString();
        };
    }

    /** The same header and claims with one character of the signature changed: well-formed, not signed by the realm. */
    static String tamperedSignature(String jwt) {
        int signature = jwt.lastIndexOf('.') + 1;
        int at = signature + (jwt.length() - signature) / 2;
        char replacement = jwt.charAt(at) == 'A' ? 'B' : 'A';
        return jwt.substring(0, at) + replacement + jwt.substring(at + 1);
    }

    private static boolean isProblem(Api.Reply reply) {
        String type = reply.header("Content-Type");
        return type != null && type.startsWith("application/problem+json");
    }
}
