package org.mdmhub.mdm.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/schemas.md is generated from schemas/; this test fails when someone changed one but not the other. */
class SchemaDocsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theSchemaReferenceIsUpToDate() throws Exception {
        String expected = SchemaDocs.render(ROOT.resolve("schemas"));
        Path doc = ROOT.resolve("docs/schemas.md");
        if (Boolean.getBoolean("mdm.docs.write")) {
            Files.writeString(doc, expected);
        }
        assertEquals(expected, Files.exists(doc) ? Files.readString(doc) : "",
                "docs/schemas.md is out of date: run mvn -q -pl mdm-server test -Dtest=SchemaDocsTest -Dmdm.docs.write=true");
    }
}
