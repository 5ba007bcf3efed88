package io.herald.service.problem;

import java.util.Optional;

/**
 * A service's HTML page for a problem, for a reader's browser: {@link ProblemMappers} answers with it instead of the
 * problem's JSON when the request prefers {@code text/html} and the service has a bean of this type (programs, which
 * accept JSON or anything, keep the problem JSON).
 */
public interface ProblemPage {

    /** The whole HTML document for {@code problem}, or empty to answer with the problem's JSON. */
    Optional<String> html(Problem problem);
}
