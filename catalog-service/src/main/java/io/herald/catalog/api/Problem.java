package io.herald.catalog.api;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}.
 *
 * @param type   identifies the kind of problem
 * @param title  short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, naming the offending value
 * @param errors one entry per invalid request parameter
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid request parameter.
     *
     * @param field the parameter's name, e.g. {@code limit}
     * @param rule  what it must be, e.g. {@code must be an integer from 1 to 100}
     */
    public record FieldError(String field, String rule) {
    }

    static Problem notFound(String detail) {
        return new Problem(type("not-found"), "Not found", Response.Status.NOT_FOUND.getStatusCode(), detail, List.of());
    }

    static Problem gone(String detail) {
        return new Problem(type("gone"), "Gone", Response.Status.GONE.getStatusCode(), detail, List.of());
    }

    static Problem invalidParameter(String field, String rule, String value) {
        return new Problem(type("invalid-parameter"), "Invalid parameter", Response.Status.BAD_REQUEST.getStatusCode(),
                field + " " + rule + ", got \"" + value + "\"", List.of(new FieldError(field, rule)));
    }

    /** Problem types are URNs shared by every Herald service: stable names that do not pretend to be web pages. */
    private static URI type(String name) {
        return URI.create("urn:herald:problem:" + name);
    }

    Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
