package io.herald.render;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A path parameter (an article id, a publication, a date, a page) with a NUL character is refused with a 400
 * problem naming it: no article can have one, and PostgreSQL cannot even compare such text.
 */
public class PathParameterCheck {

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getPathParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\0') >= 0) {
                    throw new InvalidParameterException(parameter.getKey(), "must not contain NUL characters",
                            value.replace('\0', '?'));
                }
            }
        }
    }
}
