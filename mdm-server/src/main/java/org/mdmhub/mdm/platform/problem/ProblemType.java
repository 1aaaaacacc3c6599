package org.mdmhub.mdm.platform.problem;

/**
 * The closed set of errors the hub reports on purpose. Each kind has a stable URI (the {@code type} member of the
 * RFC 9457 problem document, which clients may switch on) and a title. It says nothing of HTTP: the REST edge
 * ({@code platform.rest.ProblemStatus}) decides the status each kind is answered with.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", "The request does not satisfy the rules"),
    MALFORMED_REQUEST("malformed-request", "The request body is not well-formed JSON"),
    BAD_PARAMETER("bad-parameter", "A query or path parameter is invalid"),
    UNAUTHENTICATED("unauthenticated", "A valid bearer token is required"),
    FORBIDDEN("forbidden", "Your roles do not allow this operation"),
    NOT_FOUND("not-found", "No such resource"),
    METHOD_NOT_ALLOWED("method-not-allowed", "The method is not allowed on this resource"),
    NOT_ACCEPTABLE("not-acceptable", "The requested media type cannot be produced"),
    CONFLICT("conflict", "The request conflicts with the current state"),
    ILLEGAL_TRANSITION("illegal-transition", "The lifecycle does not allow this transition"),
    PRECONDITION_FAILED("precondition-failed", "The record changed since you read it"),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The request body must be application/json"),
    PRECONDITION_REQUIRED("precondition-required", "An If-Match header is required"),
    TARGET_UNAVAILABLE("target-unavailable", "A target system could not be reached or refused the request"),
    SERVICE_UNAVAILABLE("service-unavailable", "The database cannot be reached for a moment; nothing was changed"),
    OUTCOME_UNKNOWN("outcome-unknown", "The database went away while the change was being committed: it may have been"
            + " saved; read it before sending the request again"),
    INTERNAL_ERROR("internal-error", "Unexpected server error");

    /** Base of the problem type URIs; documented in docs/errors.md. */
    public static final String BASE_URI = "https://mdmhub.org/problems/";

    private final String slug;
    private final String title;

    ProblemType(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String uri() { return BASE_URI + slug; }
    public String title() { return title; }
}
