package org.mdmhub.mdm.inbound.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mdmhub.mdm.inbound.application.BatchContent;
import org.mdmhub.mdm.inbound.application.BatchHeader;
import org.mdmhub.mdm.platform.json.StorableText;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * A steward's CSV file read as a batch: the header row names the columns ({@link CsvShape}), each data row becomes
 * one record at its row number (data rows count from 1; blank lines are skipped and not counted). A row that cannot
 * become a document — another number of values than the header has, a number that is not one, text that cannot be
 * stored — is that row's rejection; a file that is not CSV, not UTF-8, or whose header lacks a required column is
 * refused whole (400).
 *
 * <p>BOM lines: one row per line; consecutive rows with the same {@code parent.itemNumber}, {@code parent.revision}
 * and {@code bomRevision} are one BOM, whose position is its first row. The BOM's own columns are read from its first
 * row; later rows leave them empty or repeat them. A BOM whose rows are not consecutive is refused (its later rows).
 */
public final class CsvBatch implements BatchContent {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final List<String> BOM_KEY = List.of("parent.itemNumber", "parent.revision", "bomRevision");

    private final CsvDomain domain;
    private final BatchHeader header;

    public CsvBatch(CsvDomain domain, BatchHeader header) {
        this.domain = domain;
        this.header = header;
    }

    @Override
    public BatchHeader read(Path file, Records records) {
        // a strict decoder: bytes that are not UTF-8 are refused, not turned into U+FFFD
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Iterator<CSVRecord> rows = parser.iterator();
            if (!rows.hasNext()) {
                throw new MdmException(ProblemType.MALFORMED_REQUEST, "The CSV file is empty: its first row names the columns");
            }
            List<String> names = new ArrayList<>();
            rows.next().forEach(name -> names.add(names.isEmpty() ? name.replace("\uFEFF", "").strip() : name.strip()));
            CsvShape.Headers headers = CsvShape.of(domain).columns(names);
            MdmException.refuseAny(headers.errors());
            Rows sink = domain.groupsRows() ? new Boms(headers.columns(), records) : new Single(headers.columns(), records);
            int row = 0;
            while (rows.hasNext()) {
                sink.row(++row, rows.next());
            }
            sink.end();
            return header;
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static RuntimeException unreadable(Throwable e) {
        if (e instanceof CharacterCodingException) {
            return new MdmException(ProblemType.MALFORMED_REQUEST, "The CSV file is not valid UTF-8");
        }
        if (e instanceof CSVException) {
            // an unclosed quote, text after a closing quote: the parser cannot tell where the rows are
            return new MdmException(ProblemType.MALFORMED_REQUEST, "The file is not readable as CSV (RFC 4180): "
                    + e.getMessage());
        }
        return new UncheckedIOException("cannot read the spooled CSV file", e instanceof IOException io ? io : new IOException(e));
    }

    /** One data row as the document parts it fills, or why it cannot. */
    private record Row(int number, ObjectNode record, ObjectNode line, Map<String, String> cells, List<FieldError> errors) {
        /** A cell's value; null when the row leaves it empty or has no such cell. */
        String cell(String column) {
            String value = cells.get(column);
            return value == null || value.isEmpty() ? null : value;
        }
    }

    private static Row convert(int number, CSVRecord values, List<CsvShape.Column> columns) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        Map<String, String> cells = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (values.size() != columns.size()) {
            errors.add(new FieldError("row", "has " + values.size() + " values, the header " + columns.size()
                    + " columns"));
        }
        for (int i = 0; i < Math.min(values.size(), columns.size()); i++) {
            CsvShape.Column column = columns.get(i);
            String cell = values.get(i).strip();
            cells.put(column.header(), cell);
            String problem = StorableText.problemOf(cell);
            if (problem != null) {
                errors.add(new FieldError(column.header(), "the value " + problem));
                continue;
            }
            CsvShape.put(column.line() ? line : record, column, cell).ifPresent(errors::add);
        }
        CsvShape.compact(record);
        CsvShape.compact(line);
        return new Row(number, record, line, cells, errors);
    }

    private abstract static class Rows {
        final List<CsvShape.Column> columns;
        final Records records;

        Rows(List<CsvShape.Column> columns, Records records) {
            this.columns = columns;
            this.records = records;
        }

        abstract void row(int number, CSVRecord values);

        void end() {
        }
    }

    /** Items, suppliers, customers: a row is a record. */
    private final class Single extends Rows {
        Single(List<CsvShape.Column> columns, Records records) {
            super(columns, records);
        }

        @Override
        void row(int number, CSVRecord values) {
            Row row = convert(number, values, columns);
            if (row.errors().isEmpty()) {
                records.record(number, domain.kind(), row.record());
            } else {
                records.unreadable(number, domain.kind(), row.cell("source.key"), row.cell("revision"), row.errors());
            }
        }
    }

    /** BOM lines: consecutive rows of one BOM are one record. */
    private final class Boms extends Rows {
        private final java.util.Set<List<String>> done = new java.util.HashSet<>();
        private List<String> key;
        private Row first;
        private final List<JsonNode> lines = new ArrayList<>();
        private final List<FieldError> errors = new ArrayList<>();

        Boms(List<CsvShape.Column> columns, Records records) {
            super(columns, records);
        }

        @Override
        void row(int number, CSVRecord values) {
            Row row = convert(number, values, columns);
            List<String> rowKey = BOM_KEY.stream().map(c -> row.cell(c) == null ? "" : row.cell(c)).toList();
            if (!rowKey.equals(key)) {
                end();
                if (done.contains(rowKey)) {
                    records.unreadable(number, domain.kind(), row.cell("source.key"), row.cell("bomRevision"),
                            List.of(new FieldError("row", "the rows of BOM " + String.join("/", rowKey)
                                    + " must be consecutive; it ended before this row")));
                    return;
                }
                key = rowKey;
                first = row;
            } else {
                sameBomColumns(row);
            }
            row.errors().forEach(e -> errors.add(number == first.number() ? e
                    : new FieldError(e.field(), "row " + number + ": " + e.message())));
            lines.add(row.line());
        }

        /** A later row of a BOM repeats its own columns or leaves them empty. */
        private void sameBomColumns(Row row) {
            for (CsvShape.Column column : columns) {
                String value = row.cell(column.header());
                String bom = first.cell(column.header());
                if (!column.line() && value != null && !value.equals(bom)) {
                    row.errors().add(new FieldError(column.header(), "is '" + value + "', but the BOM's first row (row "
                            + first.number() + ") " + (bom == null ? "leaves it empty" : "says '" + bom + "'")));
                }
            }
        }

        @Override
        void end() {
            if (first == null) {
                return;
            }
            if (errors.isEmpty()) {
                ObjectNode bom = first.record().deepCopy();
                bom.putArray("lines").addAll(lines);
                records.record(first.number(), domain.kind(), bom);
            } else {
                records.unreadable(first.number(), domain.kind(), first.cell("source.key"), first.cell("bomRevision"),
                        List.copyOf(errors));
            }
            done.add(key);
            first = null;
            key = null;
            lines.clear();
            errors.clear();
        }
    }
}
