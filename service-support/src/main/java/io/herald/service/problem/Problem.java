package io.herald.service.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}: the one error body of every Herald
 * service. Problem types are URNs shared by every service ({@code urn:herald:problem:<name>}): stable names that do
 * not pretend to be web pages; {@code about:blank} when the HTTP status says it all.
 *
 * @param type     identifies the kind of problem
 * @param title    short, the same for every occurrence of the type
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request and what to do about it
 * @param instance the path of the request that had the problem
 * @param errors   one entry per invalid field or parameter; left out of the JSON when there is none
 */
public record Problem(URI type, String title, int status, String detail, String instance,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The type of a problem whose HTTP status says it all. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem without field errors. */
    public Problem(URI type, String title, int status, String detail, String instance) {
        this(type, title, status, detail, instance, List.of());
    }

    /** The type URN of problem kind {@code name}, e.g. {@code urn:herald:problem:not-found}. */
    public static URI type(String name) {
        return URI.create("urn:herald:problem:" + name);
    }

    /** A response with this problem as its body and its status. */
    public Response.ResponseBuilder toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
