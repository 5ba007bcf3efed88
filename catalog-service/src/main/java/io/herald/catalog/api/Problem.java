package io.herald.catalog.api;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}.
 *
 * @param type   identifies the kind of problem
 * @param title  short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, naming the offending value
 */
public record Problem(URI type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem notFound(String detail) {
        return new Problem(type("not-found"), "Not found", Response.Status.NOT_FOUND.getStatusCode(), detail);
    }

    static Problem invalidParameter(String detail) {
        return new Problem(type("invalid-parameter"), "Invalid parameter",
                Response.Status.BAD_REQUEST.getStatusCode(), detail);
    }

    /** Problem types are tag URIs (RFC 4151): stable identifiers that do not pretend to be web pages. */
    private static URI type(String name) {
        return URI.create("tag:herald.io,2026:problem:" + name);
    }

    Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
