package io.herald.catalog.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A path parameter (an article id, a publication, a date) with a NUL character is refused with a 400 problem naming
 * it: no article can have one, and PostgreSQL cannot even compare such text. (Query parameters are checked by their
 * resources.)
 */
public class PathParameterCheck {

    static final String RULE = "must not contain NUL characters";

    @ServerRequestFilter
    public Optional<Response> refuseNul(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getPathParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\0') >= 0) {
                    return Optional.of(Problem.invalidParameter(parameter.getKey(), RULE, value.replace('\0', '?'))
                            .toResponse());
                }
            }
        }
        return Optional.empty();
    }
}
