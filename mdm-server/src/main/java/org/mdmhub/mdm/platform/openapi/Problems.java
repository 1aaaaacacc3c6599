package org.mdmhub.mdm.platform.openapi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.mdmhub.mdm.platform.problem.ProblemType;
import org.mdmhub.mdm.platform.rest.ProblemStatus;

/**
 * The problem document and one reusable response per error status, both derived from {@link ProblemType}, the
 * closed set of problem types the server answers with: a new type shows up in the contract without being written
 * twice. A response names the types a client can meet under its status.
 */
final class Problems {

    static final String SCHEMA_NAME = "Problem";
    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static boolean isProblemStatus(String code) {
        return Arrays.stream(ProblemType.values()).anyMatch(t -> String.valueOf(ProblemStatus.of(t)).equals(code));
    }

    static String componentName(int status) {
        return "Problem" + status;
    }

    static APIResponse reference(int status) {
        if (Arrays.stream(ProblemType.values()).noneMatch(t -> ProblemStatus.of(t) == status)) {
            throw new IllegalArgumentException("No problem type has status " + status);
        }
        return OASFactory.createAPIResponse().ref("#/components/responses/" + componentName(status));
    }

    static Map<String, APIResponse> responses() {
        // 405 answers a method a path does not have: no operation can carry it, so it gets no reusable response
        Map<Integer, List<ProblemType>> byStatus = Arrays.stream(ProblemType.values())
                .filter(t -> t != ProblemType.METHOD_NOT_ALLOWED)
                .collect(Collectors.groupingBy(ProblemStatus::of, java.util.TreeMap::new, Collectors.toList()));
        Map<String, APIResponse> responses = new LinkedHashMap<>();
        byStatus.forEach((status, types) -> {
            String description = types.stream().map(t -> "`" + slug(t) + "`: " + t.title())
                    .collect(Collectors.joining("; "));
            APIResponse response = OASFactory.createAPIResponse()
                    .description("Problem document (" + description + ")")
                    .content(OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA_NAME))));
            if (status == 401) {
                response.addHeader("WWW-Authenticate", OASFactory.createHeader().ref("#/components/headers/WWW-Authenticate"));
            }
            if (status == 503) {
                response.addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/Retry-After"));
            }
            responses.put(componentName(status), response);
        });
        return responses;
    }

    static Schema schema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .description("An RFC 9457 problem document. Clients switch on `type`, never on `title` or `detail`.")
                .addType(Schema.SchemaType.OBJECT)
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .enumeration(Arrays.stream(ProblemType.values()).map(t -> (Object) t.uri()).toList()))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the request path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("field errors, for `validation-failed` and `bad-parameter`")
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .required(List.of("field", "message"))
                                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                        .description("dotted path into the body (`weight.unit`, `bankAccounts[1].iban`) or a parameter name"))
                                .addProperty("message", text)));
    }

    private static String slug(ProblemType type) {
        return type.uri().substring(type.uri().lastIndexOf('/') + 1);
    }
}
