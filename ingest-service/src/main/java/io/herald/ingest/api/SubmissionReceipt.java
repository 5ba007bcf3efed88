package io.herald.ingest.api;

import java.util.List;
import java.util.stream.Stream;

import io.herald.ingest.publish.Accepted;

/**
 * The answer to an accepted submission: Kafka holds the event.
 *
 * @param articleId the article's id, to find it in the catalog
 * @param revision  the revision that was accepted: the one sent, or the one ingest chose when none was sent
 * @param eventId   the event's {@code ce_id}; the same content posted again as the same revision gets the same one
 * @param warnings  what the published article left out of the submission (e.g. a picture that was never uploaded),
 *                  each a sentence that starts with the field's path as the sender wrote it, as the issue report's
 *                  warnings are sentences; empty when nothing was left out
 */
public record SubmissionReceipt(String articleId, int revision, String eventId, List<String> warnings) {

    public SubmissionReceipt {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static SubmissionReceipt of(Accepted accepted) {
        return new SubmissionReceipt(accepted.article().articleId(), accepted.article().revision(),
                accepted.event().id(), List.of());
    }

    /** This receipt telling {@code told} too. */
    public SubmissionReceipt warning(List<String> told) {
        return new SubmissionReceipt(articleId, revision, eventId,
                Stream.concat(warnings.stream(), told.stream()).toList());
    }
}
