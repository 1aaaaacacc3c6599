package org.mdmhub.mdm.publication.odoo;

import java.util.List;
import org.mdmhub.mdm.publication.domain.ReleaseEvent;

/**
 * One record as {@code load} takes it: the event it comes from, its external name ({@code item_<id>},
 * without the module) and its rows, aligned with the table's columns: the first row is the record, further
 * rows carry only one2many line cells.
 */
record LoadRecord(ReleaseEvent event, String externalName, List<List<String>> rows) {

    LoadRecord {
        rows = List.copyOf(rows);
    }

    List<String> first() {
        return rows.get(0);
    }
}
