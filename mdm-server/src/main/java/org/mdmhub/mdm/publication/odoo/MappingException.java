package org.mdmhub.mdm.publication.odoo;

/**
 * A released record the mapping cannot express in Odoo (a unit without an Odoo unit, a BOM line without an
 * id): refused before anything is sent, so it does not hold up the records it travels with.
 */
class MappingException extends RuntimeException {
    MappingException(String message) {
        super(message);
    }
}
