package io.herald.ingest.api;

import io.herald.ingest.publish.Accepted;

/**
 * The answer to an accepted submission: Kafka holds the event.
 *
 * @param articleId the article's id, to find it in the catalog
 * @param revision  the revision that was accepted: the one sent, or the one ingest chose when none was sent
 * @param eventId   the event's {@code ce_id}; the same content posted again as the same revision gets the same one
 */
public record SubmissionReceipt(String articleId, int revision, String eventId) {

    public static SubmissionReceipt of(Accepted accepted) {
        return new SubmissionReceipt(accepted.article().articleId(), accepted.article().revision(), accepted.event().id());
    }
}
