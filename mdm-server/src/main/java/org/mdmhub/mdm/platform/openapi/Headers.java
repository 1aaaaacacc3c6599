package org.mdmhub.mdm.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The response headers operations refer to by name ({@code @Header(name = "ETag", ref = "ETag")}), described once.
 * {@code Retry-After} comes with a 503 (the database unreachable for a moment) and with a 202 (look again later); the
 * API has no rate limit.
 */
final class Headers {

    private Headers() {
    }

    static Map<String, Header> all() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("ETag", header("The record's version as a strong entity tag (`\"3\"`): send it back in `If-Match`"
                + " to update, or in `If-None-Match` to read only when it changed."));
        headers.put("Location", header("The URL of the record just created (201), or of the status of work accepted and still going on (202).").schema(
                OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")));
        headers.put("WWW-Authenticate", header("`Bearer`, with the reason when a token was sent but refused."));
        headers.put("Retry-After", OASFactory.createHeader()
                .description("With a 503: seconds to wait before sending the same request again (nothing of it was applied). With a"
                        + " 202: seconds to wait before asking for the status of the accepted work again.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)));
        return headers;
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
