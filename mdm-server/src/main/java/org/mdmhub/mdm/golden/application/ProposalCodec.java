package org.mdmhub.mdm.golden.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.json.JsonSchemas;
import org.mdmhub.mdm.platform.json.SchemaName;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * How one domain's records are written as JSON documents and read back: its published document, which is also
 * the form a proposed change is stored in. Reading always checks the document against the domain's JSON Schema.
 *
 * @param <D> the document record (e.g. {@code ItemDocument})
 * @param <A> the domain's attributes value (e.g. {@code ItemAttributes})
 */
public final class ProposalCodec<D, A> {
    private final JsonSchemas schemas;
    private final SchemaName schema;
    private final Class<D> documentType;
    private final Function<D, A> toAttributes;
    private final Function<A, D> toDocument;
    private final String noun;

    /** {@code noun} names the record in the message for a document that is not JSON ("item", "supplier"). */
    public ProposalCodec(JsonSchemas schemas, SchemaName schema, Class<D> documentType, Function<D, A> toAttributes,
                         Function<A, D> toDocument, String noun) {
        this.schemas = schemas;
        this.schema = schema;
        this.documentType = documentType;
        this.toAttributes = toAttributes;
        this.toDocument = toDocument;
        this.noun = noun;
    }

    public A read(String document) {
        return toAttributes.apply(readDocument(document));
    }

    /** The document itself, checked against the schema. */
    public D readDocument(String document) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(document);
        } catch (JsonProcessingException e) {
            throw new MdmException(ProblemType.MALFORMED_REQUEST, "The proposed " + noun + " is not JSON");
        }
        return schemas.read(schema, node, documentType);
    }

    public String write(A attributes) {
        return Json.write(toDocument.apply(attributes));
    }
}
