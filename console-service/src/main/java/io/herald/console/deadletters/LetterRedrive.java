package io.herald.console.deadletters;

import java.time.Instant;

/**
 * What re-driving one letter did so far; {@link #NONE} while it was never re-driven.
 *
 * @param redriven whether it counts as re-driven (it is not re-driven again)
 * @param outcome  e.g. applied, sent, dead-lettered-again, failed; null when never re-driven
 * @param detail   the reason of a failure, the catalog's outcome, where the event was parked again
 * @param at       when the last re-drive was asked for
 * @param by       who asked for it, when the console did
 */
public record LetterRedrive(boolean redriven, String outcome, String detail, Instant at, String by) {

    public static final LetterRedrive NONE = new LetterRedrive(false, null, null, null, null);

    static LetterRedrive of(Redrive redrive) {
        return new LetterRedrive(redrive.outcome.redriven(), redrive.outcome.label(), redrive.detail,
                redrive.requestedAt, redrive.operator);
    }
}
