package io.herald.service.problem;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

import io.herald.events.Failures;

/**
 * Turns every failure of every service into an RFC 9457 {@link Problem}, with the request's path as its
 * {@code instance}: a {@link ProblemException} as it says; invalid fields (Bean Validation, a body Jackson cannot
 * bind) into a 400 {@code invalid-request} naming each field and its rule; broken JSON into a 400
 * {@code malformed-json} saying where; HTTP errors (404, 405, 415 …) into their status and headers
 * ({@code Allow}, {@code WWW-Authenticate} …) with type {@code about:blank}; anything unexpected into a logged 500.
 * A browser that prefers {@code text/html} gets the service's {@link ProblemPage} instead, when it has one.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    private static final List<MediaType> PAGE_TYPES = List.of(MediaType.TEXT_HTML_TYPE,
            MediaType.APPLICATION_XHTML_XML_TYPE);

    private final Instance<ProblemPage> pages;

    @Inject
    public ProblemMappers(Instance<ProblemPage> pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders request) {
        Response.ResponseBuilder answer = Response.status(e.status());
        e.headers().forEach(answer::header);
        return body(answer, e.problem(path(uri)), request);
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri, HttpHeaders request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(FieldPath.of(violation.getPropertyPath()), violation.getMessage()))
                .toList();
        boolean noBody = errors.size() == 1 && errors.get(0).field() == null;
        return problem(noBody ? new InvalidFieldsException("The request has no body; send it as JSON.", errors)
                : new InvalidFieldsException(errors), uri, request);
    }

    /** A body Jackson could not bind (Quarkus REST passes these on unwrapped), e.g. a field of the wrong type. */
    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e, UriInfo uri, HttpHeaders request) {
        return problem(unreadable(e), uri, request);
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri, HttpHeaders request) {
        // Quarkus REST wraps JSON syntax errors and other binding errors in a 400 WebApplicationException. A syntax
        // error (e.g. bytes that are no UTF-8) may come wrapped in a binding error of the field being read.
        JsonParseException syntaxError = Failures.causeOf(e, JsonParseException.class);
        JsonMappingException bindingError = Failures.causeOf(e, JsonMappingException.class);
        if (syntaxError == null && bindingError != null) {
            return problem(unreadable(bindingError), uri, request);
        }
        JsonProcessingException unreadable = syntaxError != null ? syntaxError
                : Failures.causeOf(e, JsonProcessingException.class);
        if (unreadable != null) {
            return problem(new ProblemException("malformed-json", "Malformed JSON", 400,
                    "The request body is not valid JSON: " + UnreadableJson.syntaxError(unreadable)), uri, request);
        }
        return httpProblem(e, e.getMessage(), uri, request);
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri, HttpHeaders request) {
        return httpProblem(e, "Content-Type " + request.getMediaType() + " is not accepted here; /q/openapi lists "
                + "what each endpoint accepts.", uri, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders request) {
        LOG.errorf(e, "Unexpected failure answering %s", uri.getRequestUri());
        return body(Response.serverError(), new Problem(Problem.ABOUT_BLANK, "Internal Server Error", 500,
                "The request could not be processed; the failure was logged.", path(uri)), request);
    }

    private static InvalidFieldsException unreadable(JsonMappingException e) {
        FieldError error = UnreadableJson.fieldError(e);
        String detail = error.field() == null ? "The request body must be a JSON object."
                : e instanceof PropertyBindingException ? "Field " + error.field() + " is not part of this request."
                        : "Field " + error.field() + " has the wrong JSON type or format.";
        return new InvalidFieldsException(detail, List.of(error));
    }

    /** The exception's own status and headers (e.g. {@code Allow}), with a problem body. */
    private Response httpProblem(WebApplicationException e, String detail, UriInfo uri, HttpHeaders request) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return body(Response.fromResponse(e.getResponse()), new Problem(Problem.ABOUT_BLANK, status.getReasonPhrase(),
                status.getStatusCode(), detail, path(uri)), request);
    }

    /** The problem as JSON, or as the service's HTML page for a browser that prefers one. */
    private Response body(Response.ResponseBuilder answer, Problem problem, HttpHeaders request) {
        Optional<String> page = prefersHtml(request) && pages.isResolvable() ? pages.get().html(problem)
                : Optional.empty();
        return page.map(html -> answer.type(HTML).entity(html))
                .orElseGet(() -> answer.type(Problem.MEDIA_TYPE).entity(problem))
                .build();
    }

    /** The request's most preferred media type is an HTML page (not JSON, not any type: a browser's Accept). */
    private static boolean prefersHtml(HttpHeaders request) {
        List<MediaType> acceptable = request.getAcceptableMediaTypes();
        if (acceptable.isEmpty()) {
            return false;
        }
        MediaType preferred = acceptable.get(0);
        return PAGE_TYPES.stream().anyMatch(page -> page.getType().equalsIgnoreCase(preferred.getType())
                && page.getSubtype().equalsIgnoreCase(preferred.getSubtype()));
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
