package io.herald.catalog.deadletters;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One record parked on the catalog's dead-letter topic, as operators list it. Published as {@code DeadLetter}, as
 * before, in the OpenAPI document.
 *
 * @param partition        its partition in the dead-letter topic
 * @param offset           its offset there; with the partition, what a re-drive names
 * @param key              the original key (the article id)
 * @param deadLetteredAt   when it was written to the dead-letter topic
 * @param reason           why it is a dead letter now: the last re-drive's failure, else {@code deadLetterReason}
 * @param deadLetterReason why the consumer rejected it ({@code dead-letter-reason})
 * @param cause            the underlying cause, when there was one ({@code dead-letter-cause})
 * @param origin           where the original record was
 * @param eventId          its {@code ce_id}, when present
 * @param eventType        its {@code ce_type}, when present
 * @param valuePreview     the start of its value as text
 * @param redriven         whether a re-drive applied it (it is not re-driven again)
 * @param lastRedrive      the last re-drive, if any
 */
@Schema(name = "DeadLetter")
public record ParkedDeadLetter(
        int partition,
        long offset,
        String key,
        Instant deadLetteredAt,
        String reason,
        String deadLetterReason,
        String cause,
        Origin origin,
        String eventId,
        String eventType,
        String valuePreview,
        boolean redriven,
        Redrive lastRedrive) {

    /**
     * Where a dead letter was read from before it was rejected.
     *
     * @param topic     {@code dead-letter-topic}
     * @param partition {@code dead-letter-partition}
     * @param offset    {@code dead-letter-offset}
     */
    public record Origin(String topic, Integer partition, Long offset) {
    }

    /**
     * The last attempt to apply a dead letter again.
     *
     * @param outcome     {@code current}, {@code history}, {@code duplicate} or {@code failed}
     * @param reason      why it failed, when it did
     * @param attempts    how many attempts there were
     * @param attemptedAt when the last one was made
     */
    public record Redrive(String outcome, String reason, int attempts, Instant attemptedAt) {

        static Redrive of(DeadLetterRedrive redrive) {
            return redrive == null ? null
                    : new Redrive(redrive.outcome, redrive.reason, redrive.attempts, redrive.attemptedAt);
        }
    }
}
