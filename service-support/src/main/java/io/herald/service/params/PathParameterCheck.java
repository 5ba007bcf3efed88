package io.herald.service.params;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.herald.service.problem.ProblemException;

/**
 * A path parameter (an article id, a publication, a date, an asset's hash …) with a NUL character is refused with a
 * 400 {@code invalid-parameter} problem naming it, in every service: no stored thing can have one, and PostgreSQL
 * cannot even compare such text. (Query parameters are checked by their resources.)
 */
public class PathParameterCheck {

    static final String RULE = "must not contain NUL characters";

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getPathParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\0') >= 0) {
                    throw ProblemException.invalidParameter(parameter.getKey(), RULE, value);
                }
            }
        }
    }
}
