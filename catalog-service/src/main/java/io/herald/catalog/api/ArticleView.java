package io.herald.catalog.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.herald.catalog.store.Article;
import io.herald.events.ArticleSubmitted;

/**
 * An article as served: the event document of its current revision, plus when and from which event
 * the catalog last changed it.
 */
public record ArticleView(@JsonUnwrapped ArticleSubmitted document, String eventId, Instant updatedAt) {

    static ArticleView of(Article article) {
        return new ArticleView(article.document, article.eventId, article.updatedAt);
    }
}
