package org.mdmhub.mdm.inbound.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/** Reading a spooled batch in both formats; what is refused as a whole, before anything is stored. */
class BatchReaderTest {

    private record Read(BatchHeader header, List<String> records) {
    }

    private static Read read(BatchFormat format, String body) {
        return read(format, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Read read(BatchFormat format, byte[] body) {
        try (SpooledBody spooled = SpooledBody.of(new ByteArrayInputStream(body), 1 << 20)) {
            List<String> records = new ArrayList<>();
            BatchHeader header = BatchReader.read(spooled.file(), format, (kind, document) -> records.add(kind + ":" + document));
            return new Read(header, records);
        }
    }

    @Test
    void theJsonFormatHandsOverRecordsInTheOrderSentWhereverTheHeaderIs() {
        Read read = read(BatchFormat.JSON, """
                {"boms": [{"a": 1}], "sourceSystem": "PLM", "items": [{"b": 2}, {"c": [3]}], "batchKey": "K1", "submit": true}""");

        assertEquals(new BatchHeader("PLM", "K1", "Batch K1 from PLM", true), read.header());
        assertEquals(List.of("bom:{\"a\":1}", "item:{\"b\":2}", "item:{\"c\":[3]}"), read.records());
    }

    @Test
    void jsonLinesStartWithTheHeaderAndNameEachRecordsKind() {
        Read read = read(BatchFormat.NDJSON, """
                {"sourceSystem": "PLM", "batchKey": "K2", "title": "ECO 7"}

                {"item": {"n": 1}}
                {"supplier": {"n": 2}}
                """);

        assertEquals(new BatchHeader("PLM", "K2", "ECO 7", false), read.header());
        assertEquals(List.of("item:{\"n\":1}", "supplier:{\"n\":2}"), read.records());
    }

    @Test
    void aBatchThatIsNotReadableIsRefusedNamingWhere() {
        MdmException line = assertThrows(MdmException.class, () -> read(BatchFormat.NDJSON,
                "{\"sourceSystem\":\"PLM\",\"batchKey\":\"K\"}\n{\"item\":{}}\n{\"widget\":{}}\n"));
        assertEquals(ProblemType.MALFORMED_REQUEST, line.type());
        assertTrue(line.getMessage().contains("line 3"), line.getMessage());

        MdmException json = assertThrows(MdmException.class, () -> read(BatchFormat.JSON, "{\"items\": [{\"a\": }]}"));
        assertEquals(ProblemType.MALFORMED_REQUEST, json.type());

        MdmException member = assertThrows(MdmException.class, () -> read(BatchFormat.JSON,
                "{\"sourceSystem\":\"PLM\",\"batchKey\":\"K\",\"parts\":[]}"));
        assertEquals("parts", member.errors().get(0).field());

        MdmException notUtf8 = assertThrows(MdmException.class, () -> read(BatchFormat.NDJSON,
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'}));
        assertEquals(ProblemType.MALFORMED_REQUEST, notUtf8.type());
    }

    @Test
    void everyWrongHeaderMemberIsNamedAndTextMustBeStorable() {
        MdmException header = assertThrows(MdmException.class, () -> read(BatchFormat.JSON,
                "{\"sourceSystem\": \"\", \"submit\": \"yes\", \"items\": []}"));
        assertEquals(List.of("sourceSystem", "batchKey", "submit"), header.errors().stream().map(e -> e.field()).toList());

        MdmException nulTitle = assertThrows(MdmException.class, () -> read(BatchFormat.JSON,
                "{\"sourceSystem\":\"PLM\",\"batchKey\":\"K\",\"title\":\"a\\u0000\"}"));
        assertEquals("title", nulTitle.errors().get(0).field());

        MdmException deep = assertThrows(MdmException.class, () -> read(BatchFormat.JSON,
                "{\"sourceSystem\":\"PLM\",\"batchKey\":\"K\",\"items\":[{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}]}"));
        assertEquals(ProblemType.MALFORMED_REQUEST, deep.type());

        MdmException nul = assertThrows(MdmException.class, () -> read(BatchFormat.JSON,
                "{\"sourceSystem\":\"PLM\",\"batchKey\":\"K\",\"items\":[{\"name\":\"a\\u0000b\"}]}"));
        assertEquals("items[0]", nul.errors().get(0).field());
        assertTrue(nul.errors().get(0).message().contains("NUL"), nul.errors().toString());
    }

    @Test
    void theSpoolDigestsTheBytesAndIsGoneWhenClosed() throws Exception {
        SpooledBody one = SpooledBody.of(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), 10);
        SpooledBody two = SpooledBody.of(new ByteArrayInputStream("abd".getBytes(StandardCharsets.UTF_8)), 10);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", one.sha256());
        assertNotEquals(one.sha256(), two.sha256());
        one.close();
        two.close();
        assertFalse(Files.exists(one.file()));

        MdmException tooLarge = assertThrows(MdmException.class,
                () -> SpooledBody.of(new ByteArrayInputStream(new byte[11]), 10));
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.type());
    }
}
