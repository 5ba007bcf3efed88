package io.herald.catalog.api;

import java.time.Instant;
import java.time.LocalDate;

import io.herald.catalog.store.Article;
import io.herald.events.PubStatus;

/** One line of an article list. */
public record ArticleSummary(
        String articleId,
        int revision,
        PubStatus pubStatus,
        String language,
        String headline,
        String subheadline,
        String byline,
        String publication,
        LocalDate issueDate,
        String page,
        String section,
        Instant versionCreated) {

    static ArticleSummary of(Article article) {
        return new ArticleSummary(article.articleId, article.revision, article.pubStatus, article.language,
                article.headline, article.subheadline, article.byline, article.publicationName, article.issueDate,
                article.page, article.section, article.versionCreated);
    }
}
