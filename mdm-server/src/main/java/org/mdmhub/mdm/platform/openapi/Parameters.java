package org.mdmhub.mdm.platform.openapi;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.mdmhub.mdm.platform.paging.PageRequest;

/**
 * Types the parameters by name. The resources read them as text on purpose — so that a bad value is refused with
 * a {@code bad-parameter} problem naming it, not with a bare 404 from JAX-RS — which leaves SmallRye seeing only
 * strings; the names mean the same thing on every path, so the contract says once what they hold.
 */
final class Parameters {

    private Parameters() {
    }

    static void type(Parameter parameter) {
        if (parameter.getRef() != null || parameter.getName() == null) {
            return;
        }
        Schema schema = switch (parameter.getIn()) {
            case PATH -> path(parameter.getName(), parameter.getSchema());
            case QUERY -> query(parameter.getName());
            default -> null;
        };
        if (schema != null) {
            parameter.setSchema(schema);
        }
    }

    private static Schema path(String name, Schema scanned) {
        return switch (name) {
            case "id" -> uuid().description("the golden id");
            case "version" -> integer(1).description("a version number from the history");
            default -> scanned;
        };
    }

    private static Schema query(String name) {
        return switch (name) {
            case "page" -> integer(0).defaultValue(0).description("zero-based page number");
            case "size" -> integer(1).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                    .defaultValue(PageRequest.DEFAULT_SIZE).description("page size");
            case "limit" -> integer(1).maximum(BigDecimal.valueOf(1000)).defaultValue(100)
                    .description("the most events to return");
            case "after" -> integer(0).format("int64").defaultValue(0)
                    .description("the cursor returned with the previous page (0: from the start)");
            case "from", "to" -> integer(1).description("a version number from the history");
            case "asOf" -> OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time")
                    .description("an ISO-8601 instant: read the record as it was then");
            case "record" -> uuid().description("the golden id of the record");
            default -> null;
        };
    }

    private static Schema uuid() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid");
    }

    private static Schema integer(long minimum) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(minimum));
    }
}
