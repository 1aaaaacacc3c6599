package org.mdmhub.mdm.publication.odoo;

/**
 * An exception the Odoo double raises the way Odoo raises a Python exception: the class name goes to
 * {@code error.data.name}, the text to {@code error.data.message}.
 */
final class DoubleError extends RuntimeException {
    static final String VALIDATION = "odoo.exceptions.ValidationError";
    static final String USER = "odoo.exceptions.UserError";
    static final String MISSING = "odoo.exceptions.MissingError";
    static final String ACCESS = "odoo.exceptions.AccessError";
    static final String ACCESS_DENIED = "odoo.exceptions.AccessDenied";
    static final String VALUE = "builtins.ValueError";
    static final String ATTRIBUTE = "builtins.AttributeError";
    static final String SERIALIZATION = "psycopg2.errors.SerializationFailure";

    final String name;

    DoubleError(String name, String message) {
        super(message);
        this.name = name;
    }

    static DoubleError value(String message) {
        return new DoubleError(VALUE, message);
    }

    static DoubleError validation(String message) {
        return new DoubleError(VALIDATION, message);
    }
}
