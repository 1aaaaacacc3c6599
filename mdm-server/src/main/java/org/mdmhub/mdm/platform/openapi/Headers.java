package org.mdmhub.mdm.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The response headers operations refer to by name ({@code @Header(name = "ETag", ref = "ETag")}), described once.
 * {@code Retry-After} comes with a 503 only (the database unreachable for a moment); the API has no rate limit.
 */
final class Headers {

    private Headers() {
    }

    static Map<String, Header> all() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("ETag", header("The record's version as a strong entity tag (`\"3\"`): send it back in `If-Match`"
                + " to update, or in `If-None-Match` to read only when it changed."));
        headers.put("Location", header("The URL of the record just created.").schema(
                OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")));
        headers.put("WWW-Authenticate", header("`Bearer`, with the reason when a token was sent but refused."));
        headers.put("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before sending the same request again; nothing of it was applied.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)));
        return headers;
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
