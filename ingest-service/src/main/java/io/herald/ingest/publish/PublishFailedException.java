package io.herald.ingest.publish;

/** Kafka did not acknowledge an event in time, or refused it: the submission was not accepted. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
