package io.herald.catalog.api;

import jakarta.ws.rs.WebApplicationException;

/** Thrown by resources to answer with a {@link Problem}; JAX-RS sends its response as is. */
public class ProblemException extends WebApplicationException {

    public ProblemException(Problem problem) {
        super(problem.detail(), problem.toResponse());
    }
}
