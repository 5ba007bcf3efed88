package io.herald.catalog.api;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;

/** The problems the operators' endpoints answer besides {@link Problem#notFound} and {@link Problem#invalidParameter}. */
final class OperationProblems {

    private OperationProblems() {
    }

    /** 409: the request conflicts with what was done or is being done. */
    static ProblemException conflict(String detail) {
        return problem("conflict", "Conflict", Response.Status.CONFLICT.getStatusCode(), detail);
    }

    /** 422: the request was understood, but what it asks for cannot be done (yet). */
    static ProblemException unprocessable(String detail) {
        return problem("unprocessable", "Unprocessable", 422, detail);
    }

    /** 503: Kafka or the database did not answer. */
    static ProblemException unavailable(String detail) {
        return problem("unavailable", "Service unavailable", Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), detail);
    }

    static ProblemException notFound(String detail) {
        return new ProblemException(Problem.notFound(detail));
    }

    static ProblemException invalid(String field, String rule, String value) {
        return new ProblemException(Problem.invalidParameter(field, rule, value));
    }

    /** {@code value} as an integer from {@code min} to {@code max}, else a problem naming {@code field}. */
    static long boundedNumber(String field, String value, long min, long max) {
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(field, max == Long.MAX_VALUE ? "must be an integer of at least " + min
                : "must be an integer from " + min + " to " + max, value);
    }

    private static ProblemException problem(String type, String title, int status, String detail) {
        return new ProblemException(new Problem(URI.create("urn:herald:problem:" + type), title, status,
                detail, List.of()));
    }
}
