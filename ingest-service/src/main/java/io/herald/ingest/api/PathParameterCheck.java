package io.herald.ingest.api;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.herald.ingest.api.Problem.FieldError;

/**
 * A path parameter (an asset's hash or media id) with a NUL character is refused with a 400 problem naming it: no
 * asset can have one, and PostgreSQL cannot even compare such text.
 */
public class PathParameterCheck {

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getPathParameters().entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                throw new InvalidFieldsException(List.of(new FieldError(parameter.getKey(),
                        "must not contain NUL characters")));
            }
        }
    }
}
