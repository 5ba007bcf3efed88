package io.herald.console.deadletters;

import java.time.Instant;

/**
 * A re-drive as the console's API shows it.
 *
 * @param id              its number in the console's record
 * @param consumer        the consumer whose letter it was
 * @param deadLetterTopic the letter's topic
 * @param partition       the letter's partition
 * @param offset          the letter's offset
 * @param eventId         the event's {@code ce_id}
 * @param key             the record's key
 * @param operator        who asked for it
 * @param requestedAt     when
 * @param writtenTo       where the record was written back to ({@code topic partition/offset}), for re-drives that
 *                        write it back
 * @param outcome         sending, sent, applied, dead-lettered-again, send-failed or failed
 * @param detail          what the outcome means here
 * @param outcomeAt       when the outcome was known
 */
public record RedriveView(long id, String consumer, String deadLetterTopic, int partition, long offset,
        String eventId, String key, String operator, Instant requestedAt, String writtenTo, String outcome,
        String detail, Instant outcomeAt) {

    public static RedriveView of(Redrive redrive) {
        return new RedriveView(redrive.id, redrive.consumer, redrive.deadLetterTopic, redrive.deadLetterPartition,
                redrive.deadLetterOffset, redrive.eventId, redrive.recordKey, redrive.operator, redrive.requestedAt,
                redrive.targetTopic == null ? null
                        : redrive.targetTopic + " " + redrive.targetPartition + "/" + redrive.targetOffset,
                redrive.outcome.label(), redrive.detail, redrive.outcomeAt);
    }
}
