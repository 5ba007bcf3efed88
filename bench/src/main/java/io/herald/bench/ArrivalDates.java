package io.herald.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.herald.events.ArticleSubmitted;
import io.herald.events.Publication;

/**
 * Dates generated articles in the order they arrive, as a growing archive is: the {@code n}th article is created
 * and versioned {@code n} intervals after the first, in an issue of that day (Beijing time). So the catalog's table
 * is stored in version order, as a catalog that grows in time is, rather than in random version order.
 */
final class ArrivalDates {

    /** When the first article arrives. */
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    /** About 290 articles a day: 300,000 articles are some three years of a newspaper group's output. */
    private static final Duration INTERVAL = Duration.ofMinutes(5);
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private ArrivalDates() {
    }

    /** {@code article} as the {@code number}th to arrive; everything but its dates unchanged. */
    static ArticleSubmitted dated(ArticleSubmitted article, int number) {
        Instant created = FIRST.plus(INTERVAL.multipliedBy(number));
        Publication publication = article.publication();
        Publication issue = new Publication(publication.name(), publication.nameEn(),
                created.atOffset(BEIJING).toLocalDate(), publication.issueNumber(), publication.totalIssueNumber(),
                publication.pageCount(), publication.serialNumber(), publication.postalDistributionCode());
        return new ArticleSubmitted(article.articleId(), article.revision(), article.pubStatus(), article.language(),
                issue, article.page(), article.section(), article.headline(), article.subheadline(), article.kicker(),
                article.dateline(), article.byline(), article.body(), article.images(), article.related(),
                article.subjects(), created, created, article.embargoUntil(), article.source(), article.published(),
                article.summary());
    }
}
