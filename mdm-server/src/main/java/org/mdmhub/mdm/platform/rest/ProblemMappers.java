package org.mdmhub.mdm.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/**
 * The one place where exceptions become problem documents. Deliberate errors carry their type; framework
 * errors are translated by kind; the database out of reach (restarting, failing over, the pool exhausted) is a
 * 503 with {@code Retry-After}, since the transaction was rolled back and the same request may simply be sent
 * again; anything else is a 500 with an incident id in the log and no internals in the response.
 */
public final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    /** PostgreSQL's SQLSTATE for a unique constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private ProblemMappers() {
    }

    @Provider
    public static class Deliberate implements ExceptionMapper<MdmException> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(MdmException e) {
            return ProblemResponses.of(e.type(), e.getMessage(), uri, e.errors());
        }
    }

    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonProcessingException> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(JsonProcessingException e) {
            return malformed(e, uri);
        }
    }

    @Provider
    public static class Framework implements ExceptionMapper<WebApplicationException> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            JsonProcessingException json = causeOfType(e, JsonProcessingException.class);
            if (json != null) {
                return malformed(json, uri);
            }
            MdmException deliberate = causeOfType(e, MdmException.class);
            if (deliberate != null) {
                return ProblemResponses.of(deliberate.type(), deliberate.getMessage(), uri, deliberate.errors());
            }
            ProblemType type = typeOf(e);
            return ProblemResponses.of(type, detailOf(type), uri, List.of());
        }

        /**
         * Our own words for what the framework refused: its messages carry internal codes (RESTEASY003210…)
         * and echo the full request URL, neither of which a client should see.
         */
        private static String detailOf(ProblemType type) {
            return switch (type) {
                case NOT_FOUND -> "No resource at this path";
                case METHOD_NOT_ALLOWED -> "This method is not allowed on this resource";
                case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
                case NOT_ACCEPTABLE -> "This resource answers application/json (errors application/problem+json)";
                case FORBIDDEN -> "Your roles do not allow this operation";
                case UNAUTHENTICATED -> "Send a valid bearer token in the Authorization header";
                case PAYLOAD_TOO_LARGE -> "The request body is too large";
                case MALFORMED_REQUEST -> "The request could not be read (check its headers and body)";
                default -> null;
            };
        }

        private static ProblemType typeOf(WebApplicationException e) {
            if (e instanceof NotFoundException) return ProblemType.NOT_FOUND;
            if (e instanceof NotAllowedException) return ProblemType.METHOD_NOT_ALLOWED;
            if (e instanceof NotSupportedException) return ProblemType.UNSUPPORTED_MEDIA_TYPE;
            if (e instanceof NotAcceptableException) return ProblemType.NOT_ACCEPTABLE;
            if (e instanceof ForbiddenException) return ProblemType.FORBIDDEN;
            if (e instanceof NotAuthorizedException) return ProblemType.UNAUTHENTICATED;
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            return status == 413 ? ProblemType.PAYLOAD_TOO_LARGE
                    : status >= 400 && status < 500 ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL_ERROR;
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            MdmException deliberate = causeOfType(e, MdmException.class);
            if (deliberate != null) {
                return ProblemResponses.of(deliberate.type(), deliberate.getMessage(), uri, deliberate.errors());
            }
            if (causeOfType(e, OptimisticLockException.class) != null || causeOfType(e, StaleStateException.class) != null) {
                return ProblemResponses.of(ProblemType.PRECONDITION_FAILED,
                        "The record was changed by someone else at the same time; read it again", uri, List.of());
            }
            ConstraintViolationException violation = causeOfType(e, ConstraintViolationException.class);
            java.sql.SQLException sql = causeOfType(e, java.sql.SQLException.class);
            if ((violation != null && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE)
                    || (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                // two requests raced past the existence check; the database kept one
                return ProblemResponses.of(ProblemType.CONFLICT,
                        "A record with the same key was saved at the same moment; read it and try again", uri, List.of());
            }
            if (DatabaseUnavailable.isCauseOf(e)) {
                // lost before the commit: rolled back, nothing changed. Lost in the commit itself: PostgreSQL may
                // have committed before the connection broke, and nobody can tell the client which it was.
                boolean inDoubt = DatabaseUnavailable.inCommit(e);
                LOG.warning(() -> "database unavailable" + (inDoubt ? " while committing" : "") + ", answered 503: "
                        + DatabaseUnavailable.describe(e));
                return Response.fromResponse(inDoubt
                                ? ProblemResponses.of(ProblemType.OUTCOME_UNKNOWN, "The database went away while the change"
                                        + " was being committed: it may or may not have been saved. Read the record, then"
                                        + " send the request again if it is still needed.", uri, List.of())
                                : ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, "The database cannot be reached for a"
                                        + " moment; nothing was changed. Send the request again.", uri, List.of()))
                        .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident, e);
            return ProblemResponses.of(ProblemType.INTERNAL_ERROR, "Incident " + incident + " has been logged", uri, List.of());
        }
    }

    private static Response malformed(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPathReference().replaceAll("^[^\\[]*\\[\"?", "").replaceAll("\"?\\]\\[\"?", ".").replaceAll("\"?\\]$", "");
            return ProblemResponses.of(ProblemType.VALIDATION_FAILED, "Field " + field + " has the wrong type or is unknown",
                    uri, List.of(new FieldError(field, "wrong type or unknown field")));
        }
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON" + where, uri, List.of());
    }

    /**
     * The first {@code type} among the causes of {@code e} — and their suppressed exceptions, where the
     * transaction manager puts what failed while committing.
     */
    static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>(java.util.List.of(e));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(java.util.Arrays.asList(t.getSuppressed()));
        }
        return null;
    }
}
