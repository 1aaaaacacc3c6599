package org.mdmhub.mdm.platform.problem;

/**
 * One thing wrong with one field of a request.
 *
 * @param field   the field's path in the request body, dotted for nested members (e.g. {@code weight.unit})
 * @param message what is wrong with it, for a person
 */
public record FieldError(String field, String message) {
}
