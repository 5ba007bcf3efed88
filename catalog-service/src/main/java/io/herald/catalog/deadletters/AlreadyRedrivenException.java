package io.herald.catalog.deadletters;

/** A dead letter that a re-drive already applied; applying it again is refused. */
public class AlreadyRedrivenException extends RuntimeException {

    AlreadyRedrivenException(DeadLetterRedrive redrive) {
        super("dead letter %d/%d was re-driven at %s (%s)".formatted(redrive.dlqPartition, redrive.dlqOffset,
                redrive.attemptedAt, redrive.outcome));
    }
}
