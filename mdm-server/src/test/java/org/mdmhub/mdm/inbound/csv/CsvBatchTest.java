package org.mdmhub.mdm.inbound.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdmhub.mdm.inbound.application.BatchContent;
import org.mdmhub.mdm.inbound.application.BatchHeader;
import org.mdmhub.mdm.platform.json.Json;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/** Rows to documents, by the columns the schemas name; BOM lines grouped per consecutive BOM. */
class CsvBatchTest {
    private static final BatchHeader HEADER = new BatchHeader("CSV", "k", "t", false);

    @TempDir
    Path dir;

    /** What the reader handed over, as text: "seq kind document" or "seq kind REJECTED errors". */
    private List<String> read(CsvDomain domain, String csv) throws IOException {
        Path file = Files.writeString(dir.resolve("f.csv"), csv, StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        new CsvBatch(domain, HEADER).read(file, new BatchContent.Records() {
            @Override
            public void record(int seq, String kind, JsonNode document) {
                seen.add(seq + " " + kind + " " + Json.write(document));
            }

            @Override
            public void unreadable(int seq, String kind, String sourceKey, String revision, List<FieldError> errors) {
                seen.add(seq + " " + kind + " REJECTED " + sourceKey + " " + errors.stream()
                        .map(e -> e.field() + ": " + e.message()).toList());
            }
        });
        return seen;
    }

    @Test
    void aRowIsTheDocumentItsColumnsName() throws IOException {
        List<String> seen = read(CsvDomain.SUPPLIERS, "\uFEFFsupplierNumber,legalName,country,currency,addresses[2].city,"
                + "addresses[2].type,addresses[1].city,source.key\n"
                + "S1, Acme ,DE,EUR,Köln,legal,,K1\n");

        assertEquals(List.of("1 supplier {\"supplierNumber\":\"S1\",\"legalName\":\"Acme\",\"country\":\"DE\",\"currency\":\"EUR\","
                + "\"addresses\":[{\"city\":\"Köln\",\"type\":\"legal\"}],\"source\":{\"key\":\"K1\"}}"), seen);
    }

    @Test
    void numbersAreNumbersAndABadOneIsTheRowsError() throws IOException {
        List<String> seen = read(CsvDomain.ITEMS, "itemNumber,revision,name,type,baseUnit,weight.value,weight.unit,source.key\n"
                + "A1,A,Bolt,component,C62,0.50,KGM,K1\n"
                + "A2,A,Nut,component,C62,abc,KGM,K2\n"
                + "A3,A,Washer,component,C62\n");

        assertEquals("1 item {\"itemNumber\":\"A1\",\"revision\":\"A\",\"name\":\"Bolt\",\"type\":\"component\",\"baseUnit\":\"C62\","
                + "\"weight\":{\"value\":0.50,\"unit\":\"KGM\"},\"source\":{\"key\":\"K1\"}}", seen.get(0));
        assertEquals("2 item REJECTED K2 [weight.value: 'abc' is not a number (write 1234.5, no thousands separators)]",
                seen.get(1));
        assertEquals("3 item REJECTED null [row: has 5 values, the header 8 columns]", seen.get(2));
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefusedNamingThem() {
        MdmException refused = assertThrows(MdmException.class, () -> read(CsvDomain.ITEMS, "itemNumber,name,weight\nA,B,C\n"));

        assertEquals(ProblemType.VALIDATION_FAILED, refused.type());
        assertEquals(List.of("weight", "revision", "type", "baseUnit", "source.key"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void consecutiveRowsOfOneBomAreOneDocumentAtItsFirstRow() throws IOException {
        String header = "parent.itemNumber,parent.revision,bomRevision,producedQuantity.value,producedQuantity.unit,type,"
                + "plants,source.key,line.position,line.component.itemNumber,line.quantity,line.unit\n";
        List<String> seen = read(CsvDomain.BOM_LINES, header
                + "P,A,A,1,C62,kit,P100|P200,B1,10,C1,2,C62\n"
                + "P,A,A,,,,,,20,C2,1.5,C62\n"
                + "Q,A,A,1,C62,kit,,B2,10,C1,x,C62\n"
                + "Q,A,A,1,C62,phantom,,B2,20,C2,1,C62\n"
                + "P,A,A,,,,,,30,C3,1,C62\n");

        assertEquals(3, seen.size(), seen.toString());
        assertEquals("1 bom {\"parent\":{\"itemNumber\":\"P\",\"revision\":\"A\"},\"bomRevision\":\"A\",\"producedQuantity\":"
                + "{\"value\":1,\"unit\":\"C62\"},\"type\":\"kit\",\"plants\":[\"P100\",\"P200\"],\"source\":{\"key\":\"B1\"},"
                + "\"lines\":[{\"position\":10,\"component\":{\"itemNumber\":\"C1\"},\"quantity\":2,\"unit\":\"C62\"},"
                + "{\"position\":20,\"component\":{\"itemNumber\":\"C2\"},\"quantity\":1.5,\"unit\":\"C62\"}]}", seen.get(0));
        assertTrue(seen.get(1).startsWith("3 bom REJECTED B2 [line.quantity: 'x' is not a number"), seen.get(1));
        assertTrue(seen.get(1).endsWith("type: row 4: is 'phantom', but the BOM's first row (row 3) says 'kit']"), seen.get(1));
        assertTrue(seen.get(2).startsWith("5 bom REJECTED null [row: the rows of BOM P/A/A must be consecutive"), seen.get(2));
    }

    @Test
    void theTemplateNamesEveryColumnTheImportTakes() {
        CsvTemplate items = CsvTemplate.of(CsvDomain.ITEMS);
        assertEquals(List.of("itemNumber", "revision", "name", "description", "type", "baseUnit", "gtin", "category",
                "makeOrBuy", "weight.value", "weight.unit", "effectiveFrom", "source.key"), items.header());
        CsvTemplate suppliers = CsvTemplate.of(CsvDomain.SUPPLIERS);
        assertTrue(suppliers.header().containsAll(List.of("addresses[1].street", "bankAccounts[1].iban", "contacts[1].email")),
                suppliers.header().toString());
        assertTrue(suppliers.header().stream().noneMatch(c -> c.endsWith(".id") || c.equals("source.system")));
        CsvTemplate boms = CsvTemplate.of(CsvDomain.BOM_LINES);
        assertTrue(boms.header().containsAll(List.of("parent.itemNumber", "plants", "line.component.revision", "line.scrapPercent")),
                boms.header().toString());
        assertTrue(boms.header().stream().noneMatch(c -> c.startsWith("lines")), boms.header().toString());
        for (CsvDomain domain : CsvDomain.values()) {
            CsvTemplate template = CsvTemplate.of(domain);
            assertEquals(List.of(), CsvShape.of(domain).columns(template.header()).errors(), domain + " reads its own template");
            for (int i = 0; i < template.header().size(); i++) {
                if (CsvShape.of(domain).requiredColumns().contains(template.header().get(i))) {
                    assertTrue(!template.example().get(i).isEmpty(), domain + " example fills " + template.header().get(i));
                }
            }
        }
    }
}
