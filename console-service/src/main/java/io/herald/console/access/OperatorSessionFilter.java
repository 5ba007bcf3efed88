package io.herald.console.access;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import io.herald.console.ConsoleConfig;
import io.herald.service.operator.OperatorKeys;
import io.herald.service.operator.OperatorOnly;
import io.herald.service.problem.Problem;

/**
 * Lets a browser's operator session through service-support's operator key filter, which runs next: a request without
 * {@code Authorization} whose session cookie holds a key gets {@code Authorization: Bearer <key>}, so that the key is
 * checked (a wrong one is refused, 403) and the action logged under the key's name as for any API client. A browser asking for a page without a
 * session, or with one whose key is no longer an operator key, is sent to the login form instead of a 401 problem.
 * An unsafe request (POST) carried by the cookie must come from the console's own pages: one with an {@code Origin}
 * of another host is refused (defence in depth besides {@code SameSite=Strict}).
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION - 100)
public class OperatorSessionFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(OperatorSessionFilter.class);

    private final OperatorKeys keys;
    /** Looked up per request: providers are made before the runtime configuration is there. */
    private final Instance<ConsoleConfig> config;

    OperatorSessionFilter(OperatorKeys keys, Instance<ConsoleConfig> config) {
        this.keys = keys;
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        Optional<String> key = OperatorSession.key(request.getCookies().get(OperatorSession.COOKIE));
        boolean page = prefersHtml(request);
        if (key.isEmpty()) {
            if (page) {
                request.abortWith(toLogin(request, false));
            }
            return;
        }
        if (page && keys.nameOf(key.get()).isEmpty()) {
            request.abortWith(toLogin(request, true));
            return;
        }
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())
                && !sameOrigin(request)) {
            LOG.warn("Operator session request from another site refused: " + request.getMethod() + " "
                    + request.getUriInfo().getRequestUri().getRawPath() + " (Origin "
                    + request.getHeaderString("Origin") + ")");
            request.abortWith(new Problem(Problem.type("cross-site-request"), "Cross-site request refused", 403,
                    "the console's actions are taken from its own pages only",
                    request.getUriInfo().getRequestUri().getRawPath()).toResponse().build());
            return;
        }
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + key.get());
    }

    /** A 303 to the login form, which comes back here once the key is given; an invalid session cookie is ended. */
    private Response toLogin(ContainerRequestContext request, boolean ended) {
        URI requested = request.getUriInfo().getRequestUri();
        String back = requested.getRawPath() + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery());
        UriBuilder login = UriBuilder.fromPath(LoginResource.PATH).queryParam("next", back);
        if (ended) {
            login.queryParam("ended", true);
        }
        Response.ResponseBuilder redirect = Response.seeOther(login.build());
        if (ended) {
            redirect.cookie(OperatorSession.close(config.get().session()));
        }
        return redirect.build();
    }

    /** Whether the request's {@code Origin}, when it has one, is this console's host. */
    private static boolean sameOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeaderString(HttpHeaders.HOST);
        try {
            URI from = URI.create(origin);
            return host != null && from.getRawAuthority() != null && from.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the request's most preferred type is an HTML page (a browser's Accept, not an API client's). */
    static boolean prefersHtml(ContainerRequestContext request) {
        List<MediaType> acceptable = request.getAcceptableMediaTypes();
        return !acceptable.isEmpty() && acceptable.get(0).isCompatible(MediaType.TEXT_HTML_TYPE)
                && !acceptable.get(0).isWildcardType();
    }
}
