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
        String committed = Files.exists(doc) ? Files.readString(doc) : "";
        if (Boolean.getBoolean("mdm.docs.write") && !committed.equals(expected)) {
            // write mode regenerates the file but still compares against what was there before, so it cannot pass
            // by comparing the file with itself: it is red once, when it had something to rewrite
            Files.writeString(doc, expected);
            throw new AssertionError("docs/schemas.md was out of date and has been rewritten from schemas/: review and commit it");
        }
        assertEquals(expected, committed,
                "docs/schemas.md is out of date: run mvn -q -pl mdm-server test -Dtest=SchemaDocsTest -Dmdm.docs.write=true");
    }
}
