package org.mdmhub.mdm.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the scanned document (registered as {@code mp.openapi.filter}). Each rule here stands for something
 * that holds for every operation of its kind, so it is said once rather than in 68 annotations: the problem
 * responses follow from what an operation takes (a path id can be unknown, a body can break its schema, an
 * {@code If-Match} can be stale, every call needs a token and a role), parameters the resources read as text are
 * typed by name, operation ids come from the resource class and method, and the roles that SmallRye copies from
 * {@code @RolesAllowed} into the security requirement are also spelled out in {@code x-roles} and the description.
 */
public class ContractFilter implements OASFilter {

    static final String SECURITY_SCHEME = "keycloak";
    static final String AUDIENCE = "mdm-api";
    private static final String DEFAULT_PROVIDER = "http://localhost:8180/realms/mdm";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setServers(List.of(OASFactory.createServer().url("/")
                .description("the server that serves this document; paths start with /api/v1")));
        api.setExternalDocs(OASFactory.createExternalDocumentation()
                .url("https://mdmhub.org/docs/api.md")
                .description("REST API guide: lifecycle, concurrency, errors, publication"));
        api.getInfo().setLicense(OASFactory.createLicense().name("Apache License 2.0").identifier("Apache-2.0"));

        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        RecordSchemas.components().forEach(components::addSchema);
        components.addSchema(Problems.SCHEMA_NAME, Problems.schema());
        Problems.responses().forEach(components::addResponse);
        Headers.all().forEach(components::addHeader);
        components.addSecurityScheme(SECURITY_SCHEME, securityScheme());

        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> complete(path, method, operation)));
        }
    }

    private static SecurityScheme securityScheme() {
        String provider = ConfigProvider.getConfig().getOptionalValue("mdm.oidc.provider-url", String.class)
                .orElse(DEFAULT_PROVIDER);
        return OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(provider + "/.well-known/openid-configuration")
                .description("Keycloak access tokens (OpenID Connect) of the realm `mdm`, sent as `Authorization: Bearer`."
                        + " The token's audience (`aud`) must include `" + AUDIENCE + "`; tokens for other clients get 401."
                        + " Each operation's scopes list the realm roles of which the token needs one (also in `x-roles`).");
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        operation.setOperationId(OperationIds.of(operation.getOperationId()));
        List<String> roles = roles(operation);
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", roles);
            String sentence = "Roles: " + roles.stream().map(r -> "`" + r + "`").collect(Collectors.joining(", "))
                    + " (any one of them).";
            operation.setDescription(operation.getDescription() == null ? sentence
                    : operation.getDescription() + "\n\n" + sentence);
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(Parameters::type);
        }
        addProblems(path, method, operation);
    }

    private static List<String> roles(Operation operation) {
        List<String> roles = new ArrayList<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                List<String> scopes = requirement.getScheme(SECURITY_SCHEME);
                if (scopes != null) {
                    roles.addAll(scopes);
                }
            }
        }
        return roles;
    }

    /** The statuses an operation of this shape can answer with, beyond what its annotations declare. */
    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        List<Integer> statuses = new ArrayList<>(List.of(401, 403, 406, 500, 503));
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || parameters.stream().anyMatch(p -> p.getIn() != Parameter.In.HEADER);
        if (hasInput) {
            statuses.add(400);
        }
        if (path.contains("{")) {
            statuses.add(404);
        }
        if (hasBody) {
            statuses.addAll(List.of(413, 415));
        }
        if (method != PathItem.HttpMethod.GET) {
            statuses.add(409);
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            statuses.addAll(List.of(412, 428));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses());
        for (int status : statuses) {
            sorted.putIfAbsent(String.valueOf(status), Problems.reference(status));
        }
        // responses that annotations declared for a problem status get the problem body too
        sorted.replaceAll((code, response) -> Problems.isProblemStatus(code) && response.getRef() == null
                && response.getContent() == null ? Problems.reference(Integer.parseInt(code)) : response);
        responses.setAPIResponses(sorted);
    }
}
