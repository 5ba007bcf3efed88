package io.herald.ingest.publish;

import java.time.Duration;
import java.util.List;
import java.util.function.LongFunction;

import jakarta.ws.rs.core.HttpHeaders;

import io.herald.service.problem.FieldError;
import io.herald.service.problem.ProblemException;

/**
 * Kafka did not acknowledge an event in time, or ingest's database did not answer: the submission was not
 * accepted, and the same submission later may be. Answered 503 {@code publish-unavailable} with
 * {@code Retry-After} of {@code herald.ingest.retry-after}; the message (for the logs) says which part failed.
 */
public class PublishFailedException extends ProblemException {

    /** @param retryAfter when to send the same submission again ({@code herald.ingest.retry-after}) */
    public PublishFailedException(String message, Throwable cause, Duration retryAfter) {
        this(message, cause, retryAfter, seconds -> "The article was not accepted: the event log or ingest's database did not "
                + "answer in time. Send the same revision again after " + seconds + " s.", List.of());
    }

    /**
     * @param retryAfter when to send the same submission again, answered in whole seconds, at least 1
     * @param detail     what the client is told, given the seconds it is asked to wait
     * @param errors     the parts of the request that were not accepted
     */
    protected PublishFailedException(String message, Throwable cause, Duration retryAfter, LongFunction<String> detail,
            List<FieldError> errors) {
        this(message, cause, Math.max(1, retryAfter.toSeconds()), detail, errors);
    }

    private PublishFailedException(String message, Throwable cause, long retryAfterSeconds, LongFunction<String> detail,
            List<FieldError> errors) {
        super("publish-unavailable", "Cannot publish now", 503, detail.apply(retryAfterSeconds), errors, message, cause);
        header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
    }
}
