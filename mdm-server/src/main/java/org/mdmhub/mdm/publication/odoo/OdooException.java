package org.mdmhub.mdm.publication.odoo;

import java.util.Locale;

/**
 * Odoo refused or could not answer a call. Carries what the delivery outcome needs: whether trying again
 * later can help, the Python exception class Odoo named ({@code error.data.name}) and Odoo's own message
 * ({@code error.data.message}), never the request and so never the password.
 */
public class OdooException extends RuntimeException {

    private final boolean retryable;
    private final String errorName;

    OdooException(boolean retryable, String errorName, String message, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.errorName = errorName;
    }

    /** Odoo could not be reached or answered 5xx, timed out, or was busy: the same call may succeed later. */
    static OdooException unreachable(String message, Throwable cause) {
        return new OdooException(true, null, message, cause);
    }

    /** Odoo answered with a JSON-RPC error: classified by its exception class and message (odoo-api.md). */
    static OdooException fromOdoo(String errorName, String message) {
        return new OdooException(isTransient(errorName, message), errorName, message, null);
    }

    /** A refusal that no retry will change (wrong password, unusable answer). */
    static OdooException permanent(String errorName, String message) {
        return new OdooException(false, errorName, message, null);
    }

    /**
     * Serialization failures, deadlocks and lock timeouts of Odoo's PostgreSQL pass when tried again;
     * validation, user, missing-record, access and value errors do not, nor does anything unknown.
     */
    static boolean isTransient(String errorName, String message) {
        String name = errorName == null ? "" : errorName;
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return name.contains("TransactionRollbackError") || name.contains("SerializationFailure")
                || name.contains("DeadlockDetected") || name.contains("LockNotAvailable")
                || text.contains("could not serialize access") || text.contains("deadlock detected")
                || text.contains("could not obtain lock") || text.contains("lock timeout");
    }

    public boolean retryable() {
        return retryable;
    }

    /** The Python exception class Odoo reported, e.g. {@code odoo.exceptions.ValidationError}; null when none. */
    public String errorName() {
        return errorName;
    }

    /** For a delivery result: the exception's short class name and Odoo's message. */
    public String detail() {
        if (errorName == null) {
            return getMessage();
        }
        return errorName.substring(errorName.lastIndexOf('.') + 1) + ": " + getMessage();
    }
}
