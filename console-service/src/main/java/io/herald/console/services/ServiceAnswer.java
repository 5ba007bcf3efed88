package io.herald.console.services;

import java.util.Optional;
import java.util.function.Function;

import io.herald.service.problem.ProblemException;

/**
 * What a service answered: its status and, for a 2xx, the body read as {@code T}; otherwise the problem's detail.
 *
 * @param service the service that answered
 * @param status  the HTTP status
 * @param body    the body, for a 2xx
 * @param problem the problem's detail (or the body as text), for any other status
 */
public record ServiceAnswer<T>(HeraldService service, int status, T body, String problem) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body of a 2xx; empty for a 404 (nothing there); a {@link ServiceRefusedException} for anything else. */
    public Optional<T> found() {
        if (ok()) {
            return Optional.ofNullable(body);
        }
        if (status == 404) {
            return Optional.empty();
        }
        throw new ServiceRefusedException(this);
    }

    /** The body of a 2xx, or a {@link ServiceRefusedException}. */
    public T orThrow() {
        if (!ok()) {
            throw new ServiceRefusedException(this);
        }
        return body;
    }

    public <R> ServiceAnswer<R> map(Function<T, R> change) {
        return new ServiceAnswer<>(service, status, body == null ? null : change.apply(body), problem);
    }

    /**
     * The answer as the console's own problem: a 404 or 409 passed on with the service's detail, anything else a 502
     * (the service refused what the console needed).
     */
    public ProblemException passedOn() {
        if (status == 404) {
            return new ProblemException("not-found", "Not found", 404, describe());
        }
        if (status == 409) {
            return ProblemException.conflict(describe());
        }
        return new ProblemException("service-refused", "Service refused", 502, describe());
    }

    /** "catalog-service answered 409: a rebuild is running", for pages. */
    public String describe() {
        return service.label() + " answered " + status + (problem == null || problem.isBlank() ? "" : ": " + problem);
    }
}
