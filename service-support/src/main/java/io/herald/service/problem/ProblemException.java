package io.herald.service.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure a client is told about: thrown wherever it is found, answered by {@link ProblemMappers} as a
 * {@link Problem} of this type, title, status, detail and field errors, with the request's path as its
 * {@code instance} and any headers added here (e.g. {@code Retry-After}). A kind of problem a service names in many
 * places is a subclass; the common ones are the factories below.
 */
public class ProblemException extends RuntimeException {

    private static final int MAX_SHOWN_VALUE = 100;

    private final URI type;
    private final String title;
    private final int status;
    private final String detail;
    private final List<FieldError> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /**
     * @param type   the name in the type URN {@code urn:herald:problem:<type>}
     * @param title  short, the same for every problem of the type
     * @param status the HTTP status
     * @param detail what went wrong this time and what to do about it; also the exception's message
     */
    public ProblemException(String type, String title, int status, String detail) {
        this(type, title, status, detail, List.of());
    }

    /** A problem naming the fields or parameters at fault, each with its rule. */
    public ProblemException(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, detail, null);
    }

    /** A problem whose exception message (for the logs) differs from what the client is told. */
    protected ProblemException(String type, String title, int status, String detail, List<FieldError> errors,
            String message, Throwable cause) {
        super(message, cause);
        this.type = Problem.type(type);
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    /** 400: a path or query parameter breaks its rule; the detail shows the value (cut short, printable). */
    public static ProblemException invalidParameter(String parameter, String rule, String value) {
        return new ProblemException("invalid-parameter", "Invalid parameter", 400,
                parameter + " " + rule + ", got \"" + printable(value) + "\"", List.of(new FieldError(parameter, rule)));
    }

    /** 404: what the request names does not exist (or may not be shown now). */
    public static ProblemException notFound(String detail) {
        return new ProblemException("not-found", "Not found", 404, detail);
    }

    /** 410: what the request names existed and is gone for good. */
    public static ProblemException gone(String detail) {
        return new ProblemException("gone", "Gone", 410, detail);
    }

    /** 409: the request conflicts with what was done or is being done. */
    public static ProblemException conflict(String detail) {
        return new ProblemException("conflict", "Conflict", 409, detail);
    }

    /** 422: the request was understood, but what it asks for cannot be done (yet). */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException("unprocessable", "Unprocessable", 422, detail);
    }

    /** 503: Kafka or the database did not answer. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException("unavailable", "Service unavailable", 503, detail);
    }

    /** Adds a header to the answer, e.g. {@code Retry-After}. */
    protected final void header(String name, Object value) {
        headers.put(name, String.valueOf(value));
    }

    /** The problem for a request to {@code instance} (its path). */
    public Problem problem(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    /** The headers the answer carries besides its content type. */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /** The fields or parameters at fault, each with its rule; empty when none is. */
    public List<FieldError> errors() {
        return errors;
    }

    /** {@code value} as shown in a detail: cut short, control characters and lone surrogates as '?'. */
    public static String printable(String value) {
        String cut = value.length() > MAX_SHOWN_VALUE ? value.substring(0, MAX_SHOWN_VALUE) + "…" : value;
        StringBuilder printable = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < cut.length()
                    && Character.isLowSurrogate(cut.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(cut.charAt(i - 1));
            printable.append(Character.isISOControl(c) || Character.isSurrogate(c) && !paired ? '?' : c);
        }
        return printable.toString();
    }
}
