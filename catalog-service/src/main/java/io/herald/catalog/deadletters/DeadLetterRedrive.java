package io.herald.catalog.deadletters;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The last re-drive of one dead letter, found by the dead-letter topic, partition and offset. */
@Entity
@Table(name = "dead_letter_redrive")
@IdClass(DeadLetterRedrive.Key.class)
public class DeadLetterRedrive {

    /** The outcome of an attempt that did not apply the letter; any other outcome is an {@code ApplyOutcome}. */
    public static final String FAILED = "failed";

    @Id
    public String dlqTopic;
    @Id
    public int dlqPartition;
    @Id
    public long dlqOffset;
    /** {@code current}, {@code history} or {@code duplicate} once applied; {@value #FAILED} otherwise. */
    public String outcome;
    /** Why the last attempt failed, when it did. */
    public String reason;
    public int attempts;
    public Instant attemptedAt;

    /** Whether the letter was applied, so it is not re-driven again. */
    public boolean redriven() {
        return !FAILED.equals(outcome);
    }

    /** Primary key: a dead-letter topic, a partition and an offset. */
    public record Key(String dlqTopic, int dlqPartition, long dlqOffset) implements Serializable {
    }
}
