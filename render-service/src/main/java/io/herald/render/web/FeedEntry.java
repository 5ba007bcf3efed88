package io.herald.render.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.herald.events.ArticleSubmitted;
import io.herald.events.Contributor;

/**
 * One article as the RSS and Atom feeds list it.
 *
 * @param url         its web page: RSS {@code guid} (a permalink) and Atom {@code id}
 * @param title       its headline
 * @param summary     a digest of its body, as text
 * @param authors     the byline's names
 * @param section     its section, or null
 * @param published   its publication time ({@link ArticleSubmitted#publicationTime()})
 * @param updated     this revision's time, else its publication time
 */
record FeedEntry(String url, String title, String summary, List<String> authors, String section, Instant published,
        Instant updated) {

    static FeedEntry of(ArticleSubmitted article, String url, int descriptionLength) {
        Instant published = article.publicationTime();
        Instant updated = article.versionCreated() != null ? article.versionCreated() : published;
        return new FeedEntry(url, article.headline(), Description.of(article, descriptionLength),
                article.byline().stream().map(Contributor::name).filter(Objects::nonNull).toList(),
                article.section(), published, updated);
    }
}
