package io.herald.service.operator;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import io.herald.service.problem.Problem;

/**
 * Lets a request to an {@link OperatorOnly} endpoint through only with {@code Authorization: Bearer <key>} for one
 * of the operator keys, and logs each one let through with the key's name, what was asked and when. Without a
 * credential: 401 problem with {@code WWW-Authenticate: Bearer}; with a wrong one: 403 problem; with no key
 * configured: 403 problem saying so (never open).
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorKeyFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(OperatorKeyFilter.class);
    private static final String BEARER = "Bearer";

    private final OperatorKeys keys;

    OperatorKeyFilter(OperatorKeys keys) {
        this.keys = keys;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        String action = request.getMethod() + " " + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (keys.isEmpty()) {
            LOG.warn("Operator request refused, no operator key is configured: " + action + "; set "
                    + OperatorKeys.SETTING);
            request.abortWith(new Problem(Problem.type("operator-keys-not-configured"), "No operator key configured",
                    403, "operator endpoints are refused until " + OperatorKeys.SETTING
                            + " names at least one key (name:key, comma-separated)", path).toResponse().build());
            return;
        }
        Optional<String> presented = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (presented.isEmpty()) {
            LOG.warn("Operator request without an operator key refused: " + action);
            request.abortWith(new Problem(Problem.type("operator-key-missing"), "Operator key missing", 401,
                    "this is an operator endpoint: send Authorization: Bearer <operator key>", path).toResponse()
                    .header(HttpHeaders.WWW_AUTHENTICATE, BEARER + " realm=\"herald-operator\"").build());
            return;
        }
        Optional<String> name = keys.nameOf(presented.get());
        if (name.isEmpty()) {
            LOG.warn("Operator request with an unknown key refused: " + action);
            request.abortWith(new Problem(Problem.type("operator-key-refused"), "Operator key refused", 403,
                    "the bearer key is not one of the operator keys of " + OperatorKeys.SETTING, path)
                    .toResponse().build());
            return;
        }
        LOG.info("operator " + name.get() + ": " + action + " at " + Instant.now());
    }

    /** The credential of {@code Authorization: Bearer <token>} (the scheme's case does not matter), if any. */
    private static Optional<String> bearerToken(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        if (value.length() <= BEARER.length() || !value.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !Character.isWhitespace(value.charAt(BEARER.length()))) {
            return Optional.empty();
        }
        return Optional.of(value.substring(BEARER.length()).strip());
    }
}
