package org.mdmhub.mdm.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The response headers operations refer to by name ({@code @Header(name = "ETag", ref = "ETag")}), described once.
 * No operation answers with {@code Retry-After}: the API has no rate limit and no 503 of its own.
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
        return headers;
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
