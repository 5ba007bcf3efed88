package io.herald.ingest.api;

/**
 * The answer to an accepted submission: Kafka holds the event.
 *
 * @param articleId the article's id, to find it in the catalog
 * @param revision  the revision that was accepted
 * @param eventId   the event's {@code ce_id}; the same revision posted again gets the same one
 */
public record SubmissionReceipt(String articleId, int revision, String eventId) {
}
