package org.mdmhub.mdm.platform.problem;

/**
 * The closed set of errors the API can report. Each kind has a stable URI (the {@code type} member of the
 * RFC 9457 problem document, which clients may switch on), a title and the HTTP status it maps to.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", "The request does not satisfy the rules", 400),
    MALFORMED_REQUEST("malformed-request", "The request body is not well-formed JSON", 400),
    BAD_PARAMETER("bad-parameter", "A query or path parameter is invalid", 400),
    UNAUTHENTICATED("unauthenticated", "A valid bearer token is required", 401),
    FORBIDDEN("forbidden", "Your roles do not allow this operation", 403),
    NOT_FOUND("not-found", "No such resource", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "The method is not allowed on this resource", 405),
    NOT_ACCEPTABLE("not-acceptable", "The requested media type cannot be produced", 406),
    CONFLICT("conflict", "The request conflicts with the current state", 409),
    ILLEGAL_TRANSITION("illegal-transition", "The lifecycle does not allow this transition", 409),
    PRECONDITION_FAILED("precondition-failed", "The record changed since you read it", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The request body must be application/json", 415),
    PRECONDITION_REQUIRED("precondition-required", "An If-Match header is required", 428),
    TARGET_UNAVAILABLE("target-unavailable", "A target system could not be reached or refused the request", 502),
    SERVICE_UNAVAILABLE("service-unavailable", "The database cannot be reached for a moment; nothing was changed", 503),
    OUTCOME_UNKNOWN("outcome-unknown", "The database went away while the change was being committed: it may have been"
            + " saved; read it before sending the request again", 503),
    INTERNAL_ERROR("internal-error", "Unexpected server error", 500);

    /** Base of the problem type URIs; documented in docs/errors.md. */
    public static final String BASE_URI = "https://mdmhub.org/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() { return BASE_URI + slug; }
    public String title() { return title; }
    public int status() { return status; }
}
