package io.herald.console.deadletters;

import java.util.Locale;

/** What came of a re-drive, as far as the console knows. */
public enum RedriveOutcome {
    /** Being written back to the consumer's topic. */
    SENDING,
    /** Written back; the consumer has not got past it yet. */
    SENT,
    /** The consumer got past it and parked no new letter for the event: it was applied (or was a duplicate). */
    APPLIED,
    /** The consumer parked the same event again: the cause is not fixed. */
    DEAD_LETTERED_AGAIN,
    /** Kafka did not take it back: the letter may be re-driven again. */
    SEND_FAILED,
    /** The catalog applied it again and it failed again. */
    FAILED;

    /** As shown and stored, e.g. {@code dead-lettered-again}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RedriveOutcome ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Whether the letter counts as re-driven: it is not re-driven again, alone or with the others. */
    public boolean redriven() {
        return this != SEND_FAILED && this != FAILED;
    }

    /** Whether the console still has to look what came of it. */
    public boolean open() {
        return this == SENT;
    }
}
