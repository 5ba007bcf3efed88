package io.herald.catalog.store;

import io.herald.events.ArticleSubmitted;

/**
 * One {@link ArticleSubmitted} event with the CloudEvents id it travelled under.
 *
 * @param eventId the {@code ce_id} header: the same id twice is the same event
 * @param event   the revision it carries
 */
public record SubmittedEvent(String eventId, ArticleSubmitted event) {

    ArticleRevision.Key revisionKey() {
        return new ArticleRevision.Key(event.articleId(), event.revision());
    }
}
