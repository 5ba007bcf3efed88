package io.herald.ingest.publish;

/**
 * Kafka did not acknowledge an event in time, or ingest's database did not answer: the submission was not
 * accepted, and the same submission later may be.
 */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
