package org.mdmhub.mdm.inbound.csv;

import java.util.List;

/** A domain's CSV template: the header row from its JSON Schema and one example row that imports cleanly. */
public record CsvTemplate(List<String> header, List<String> example) {

    public static CsvTemplate of(CsvDomain domain) {
        List<String> columns = CsvShape.of(domain).templateColumns();
        return new CsvTemplate(columns, columns.stream().map(domain::example).toList());
    }
}
