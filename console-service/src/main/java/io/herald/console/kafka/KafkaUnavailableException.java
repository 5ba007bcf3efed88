package io.herald.console.kafka;

/** Kafka did not answer in time, or refused what the console asked; pages show the reason instead of the figures. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public KafkaUnavailableException(String message) {
        super(message);
    }
}
