package io.herald.render.outbox;

import java.util.List;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a send failure that is the event's own, and will fail again however often it is sent, from one of the
 * channel (broker unreachable, timeouts, not enough replicas, a leader change, missing rights), which passes or needs
 * the same fix for every event. Only the first kind is parked: parking on the second would park every event.
 */
final class SendFailures {

    /** What Kafka says of one record that it will never accept: too large, not serializable, invalid. */
    private static final List<Class<? extends Throwable>> OF_THE_EVENT = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, SerializationException.class, InvalidRecordException.class);

    private SendFailures() {
    }

    /** Whether {@code failure}, or one of its causes, says the event itself cannot be sent. */
    static boolean ofTheEvent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Throwable current = cause;
            if (OF_THE_EVENT.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }

    /** One line saying why: the message of the failure or of its first cause with one. */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                return cause.getClass().getSimpleName() + ": " + cause.getMessage();
            }
        }
        return failure.getClass().getName();
    }
}
