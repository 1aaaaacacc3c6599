package org.mdmhub.mdm.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mdmhub.mdm.testsupport.Api;
import org.mdmhub.mdm.testsupport.MdmDeployment;

/**
 * The served OpenAPI document against tools and behaviour the project did not write: swagger-parser (a maintained
 * OpenAPI 3.1 parser and validator) must accept it without a single message, and every status the server answers
 * to a walk over all operations must be one the operation declares.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiContractIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** No token, a read-only role, the role that writes, and the admin: the refusals and the answers differ. */
    private static final List<String> CALLERS = java.util.Arrays.asList(null, "viewer", "steward", "admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MdmDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void swaggerParserValidatesTheServedDocumentWithoutMessages() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(OpenApiDocument.served(base), null, options);
        assertNotNull(result.getOpenAPI(), String.valueOf(result.getMessages()));
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
        assertEquals(List.of(), result.getMessages(), "swagger-parser found problems in /openapi");
        assertTrue(result.getOpenAPI().getPaths().size() > 40, "the document lists the API's paths");
    }

    @Test
    void everyStatusTheServerAnswersIsDeclaredByItsOperation() throws Exception {
        JsonNode document = OpenApiDocument.parse(OpenApiDocument.served(base));
        Api api = new Api(base);
        List<String> undeclared = new ArrayList<>();
        int calls = 0;
        for (var path = document.path("paths").fields(); path.hasNext(); ) {
            var entry = path.next();
            for (var op = entry.getValue().fields(); op.hasNext(); ) {
                var operation = op.next();
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                JsonNode declared = operation.getValue().path("responses");
                for (String caller : CALLERS) {
                    Api.Call call = api.call(operation.getKey().toUpperCase(), concrete(entry.getKey()));
                    if (caller != null) {
                        call.as(caller);
                    }
                    if (operation.getValue().has("requestBody")) {
                        call.json("{}");
                    }
                    int status = call.send().status();
                    calls++;
                    if (!declared.has(String.valueOf(status))) {
                        undeclared.add(operation.getKey().toUpperCase() + " " + entry.getKey() + " as " + caller
                                + " answered " + status + ", declared " + names(declared));
                    }
                }
            }
        }
        assertTrue(calls > 200, "walked every operation with every caller: " + calls);
        assertEquals(List.of(), undeclared, "statuses the document does not declare");
    }

    /** A path a client could call: unknown ids (so nothing is changed), a real collection, plant and version. */
    private static String concrete(String template) {
        return template.substring(1)
                .replace("{id}", UUID.randomUUID().toString())
                .replace("{collection}", "items")
                .replace("{plant}", "P100")
                .replace("{version}", "1")
                .replace("{domain}", "items");
    }

    private static List<String> names(JsonNode responses) {
        List<String> names = new ArrayList<>();
        responses.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
