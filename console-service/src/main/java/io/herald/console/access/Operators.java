package io.herald.console.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import io.herald.service.operator.OperatorKeys;

/** The name of the operator key a request carries, which the console records with what it did. */
@ApplicationScoped
public class Operators {

    private static final String BEARER = "Bearer ";

    private final OperatorKeys keys;

    Operators(OperatorKeys keys) {
        this.keys = keys;
    }

    /** The key's name, e.g. {@code operator}; "unknown" when the request carries none (never past the filter). */
    public String nameOf(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return "unknown";
        }
        return keys.nameOf(authorization.substring(BEARER.length()).strip()).orElse("unknown");
    }
}
