package io.herald.service.problem;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}. Problem types are URNs shared by every
 * Herald service ({@code urn:herald:problem:<name>}): stable names that do not pretend to be web pages.
 *
 * @param type     identifies the kind of problem
 * @param title    short summary of the kind of problem
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request and what to do about it
 * @param instance the path of the request that had the problem
 */
public record Problem(URI type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The type URN of problem kind {@code name}, e.g. {@code urn:herald:problem:not-found}. */
    public static URI type(String name) {
        return URI.create("urn:herald:problem:" + name);
    }

    /** A response with this problem as its body and its status. */
    public Response.ResponseBuilder toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
