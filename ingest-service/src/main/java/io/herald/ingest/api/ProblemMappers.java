package io.herald.ingest.api;

import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.herald.ingest.Failures;
import io.herald.ingest.api.Problem.FieldError;
import io.herald.ingest.config.IngestConfig;
import io.herald.ingest.formats.issue.DistinctItemIds;
import io.herald.ingest.formats.issue.UnrecognisedPageException;
import io.herald.ingest.formats.issue.report.IssuePartlyPublishedException;
import io.herald.ingest.publish.ArticleTooLargeException;
import io.herald.ingest.publish.PublishFailedException;
import io.herald.ingest.publish.RevisionConflictException;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer: bad input into a 400
 * naming the field and the rule, a revision that stands for other content into a 409, an article larger than
 * Herald carries into a 413, an unavailable Kafka into a 503 with {@code Retry-After}, HTTP errors
 * (404, 405, 415 …) into their status, and anything unexpected into a logged 500.
 */
public class ProblemMappers {

    static final String INVALID_REQUEST = "urn:herald:problem:invalid-request";
    static final String MALFORMED_JSON = "urn:herald:problem:malformed-json";
    static final String PUBLISH_UNAVAILABLE = "urn:herald:problem:publish-unavailable";
    static final String IDEMPOTENCY_KEY_REUSED = "urn:herald:problem:idempotency-key-reused";
    static final String DUPLICATE_ITEM_ID = "urn:herald:problem:duplicate-item-id";
    static final String REVISION_CONFLICT = "urn:herald:problem:revision-conflict";
    static final String ARTICLE_TOO_LARGE = "urn:herald:problem:article-too-large";
    static final String ABOUT_BLANK = "about:blank";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Comparator<FieldError> BY_FIELD = Comparator
            .comparing(FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FieldError::rule);

    private final IngestConfig config;

    @Inject
    public ProblemMappers(IngestConfig config) {
        this.config = config;
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(FieldPath.of(violation.getPropertyPath()), violation.getMessage()))
                .sorted(BY_FIELD)
                .toList();
        String detail = errors.size() == 1 && errors.get(0).field() == null
                ? "The request has no body; send the article as JSON."
                : errors.size() + " field(s) of the request are invalid.";
        return invalidRequest(detail, errors, uri);
    }

    @ServerExceptionMapper
    public Response invalidFields(InvalidFieldsException e, UriInfo uri) {
        return invalidRequest(e.getMessage() + ".", e.errors().stream().sorted(BY_FIELD).toList(), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps JSON syntax and binding errors in a 400 WebApplicationException.
        JsonParseException syntaxError = Failures.causeOf(e, JsonParseException.class);
        if (syntaxError != null) {
            return malformedJson(syntaxError, uri);
        }
        JsonMappingException bindingError = Failures.causeOf(e, JsonMappingException.class);
        if (bindingError != null) {
            return unreadableField(bindingError, uri);
        }
        return httpProblem(e, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, HttpHeaders headers, UriInfo uri) {
        return httpProblem(e, "Content-Type " + headers.getMediaType() + " is not accepted here; /q/openapi lists "
                + "what each endpoint accepts.", uri);
    }

    @ServerExceptionMapper
    public Response publishFailed(PublishFailedException e, UriInfo uri) {
        long retryAfterSeconds = Math.max(1, config.retryAfter().toSeconds());
        IssuePartlyPublishedException page = e instanceof IssuePartlyPublishedException partly ? partly : null;
        Response problem = problem(new Problem(PUBLISH_UNAVAILABLE, "Cannot publish now", 503,
                page != null ? page.detail(retryAfterSeconds)
                        : "The article was not accepted: the event log or ingest's database did not answer in time. "
                                + "Send the same revision again after " + retryAfterSeconds + " s.",
                path(uri), page != null ? page.errors() : List.of()));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }

    @ServerExceptionMapper
    public Response revisionConflict(RevisionConflictException e, UriInfo uri) {
        return problem(new Problem(REVISION_CONFLICT, "Revision already taken", 409, e.getMessage(), path(uri),
                List.of(new FieldError(e.field(), e.rule()))));
    }

    @ServerExceptionMapper
    public Response articleTooLarge(ArticleTooLargeException e, UriInfo uri) {
        return problem(new Problem(ARTICLE_TOO_LARGE, "Article too large", 413, e.getMessage(), path(uri),
                List.of(new FieldError(e.field(), e.rule()))));
    }

    @ServerExceptionMapper
    public Response unrecognisedPage(UnrecognisedPageException e, UriInfo uri) {
        return invalidRequest("The text is not a newspaper page Herald can read.",
                List.of(new FieldError(null, e.rule())), uri);
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return problem(new Problem(IDEMPOTENCY_KEY_REUSED, "Idempotency-Key reused", 422, e.getMessage(), path(uri),
                List.of()));
    }

    @ServerExceptionMapper
    public Response duplicateItemId(DistinctItemIds.DuplicateItemIdException e, UriInfo uri) {
        return problem(new Problem(DUPLICATE_ITEM_ID, "Two items under one id", 422, e.getMessage(), path(uri),
                e.errors()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure answering %s", uri.getRequestUri());
        return problem(new Problem(ABOUT_BLANK, "Internal Server Error", 500,
                "The request could not be processed; the failure was logged.", path(uri), List.of()));
    }

    /** The exception's own status and headers (e.g. {@code Allow}), with a problem body. */
    private static Response httpProblem(WebApplicationException e, String detail, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return Response.fromResponse(e.getResponse())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(ABOUT_BLANK, status.getReasonPhrase(), status.getStatusCode(), detail, path(uri),
                        List.of()))
                .build();
    }

    private static Response malformedJson(JsonParseException e, UriInfo uri) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return problem(new Problem(MALFORMED_JSON, "Malformed JSON", 400,
                "The request body is not valid JSON: " + e.getOriginalMessage() + where, path(uri), List.of()));
    }

    private static Response unreadableField(JsonMappingException e, UriInfo uri) {
        String field = FieldPath.of(e.getPath());
        String rule = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? JsonExpectation.of(mismatch.getTargetType())
                : e.getOriginalMessage();
        String detail = field == null
                ? "The request body must be a JSON object."
                : "Field " + field + " has the wrong JSON type or format.";
        return invalidRequest(detail, List.of(new FieldError(field, rule)), uri);
    }

    private static Response invalidRequest(String detail, List<FieldError> errors, UriInfo uri) {
        return problem(new Problem(INVALID_REQUEST, "Invalid request", 400, detail, path(uri), errors));
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
