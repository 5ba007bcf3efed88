package io.herald.ingest.publish;

import io.herald.events.ArticleSubmitted;
import io.herald.events.CloudEvent;

/**
 * A revision Kafka acknowledged.
 *
 * @param article the event's value
 * @param event   its CloudEvents attributes; {@code event.id()} is the same for the same (article, revision)
 * @param claim   the revision claim it was published under
 */
public record Accepted(ArticleSubmitted article, CloudEvent event, RevisionClaim.Granted claim) {
}
