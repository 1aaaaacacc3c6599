package org.mdmhub.mdm.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Why the current request changes data; stored with the audit revision. Callers give it in the
 * {@code Change-Reason} request header; use cases may supply a default.
 */
@RequestScoped
public class ChangeReason {
    public static final int MAX_LENGTH = 500;

    private String text;

    public void set(String reason) {
        if (reason == null || reason.isBlank()) {
            return;
        }
        String trimmed = reason.strip();
        this.text = trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }

    public void defaultTo(String reason) {
        if (text == null) {
            set(reason);
        }
    }

    public String text() { return text; }

    static String currentOrNull() {
        try {
            return CDI.current().select(ChangeReason.class).get().text();
        } catch (RuntimeException noRequestScope) {
            return null;
        }
    }
}
