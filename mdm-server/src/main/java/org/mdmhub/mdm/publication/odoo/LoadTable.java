package org.mdmhub.mdm.publication.odoo;

import java.util.List;

/**
 * The header of a {@code load} call: the model and its columns ({@code id} first; {@code field/id} for a
 * relation by external id, {@code field/.id} by database id, {@code lines/field} for one2many lines).
 */
record LoadTable(String model, List<String> columns) {

    LoadTable {
        columns = List.copyOf(columns);
    }
}
