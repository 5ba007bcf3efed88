package io.herald.ingest.publish;

import java.time.Instant;
import java.util.function.IntFunction;

import io.herald.events.ArticleSubmitted;

/**
 * One submitted article, checked and hashed, waiting for its revision.
 *
 * @param articleId         the article's id
 * @param requestedRevision the revision the source sent; null when it left that to ingest
 * @param contentSha256     hex SHA-256 of what the article says (see {@link ArticlePreparer})
 * @param receivedAt        when ingest received it: the event's {@code ce_time}
 * @param eventAt           the event for a revision
 */
public record PreparedArticle(String articleId, Integer requestedRevision, String contentSha256, Instant receivedAt,
        IntFunction<ArticleSubmitted> eventAt) {
}
