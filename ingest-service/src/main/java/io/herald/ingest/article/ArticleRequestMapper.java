package io.herald.ingest.article;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.herald.events.ArticleSubmitted;
import io.herald.events.PubStatus;
import io.herald.events.Source;
import io.herald.ingest.config.IngestConfig;

/** Turns a validated {@link ArticleRequest} into the event, applying ingest's ids and defaults. */
@Singleton
public class ArticleRequestMapper {

    private final String defaultLanguage;
    private final ZoneId newsroomZone;

    @Inject
    public ArticleRequestMapper(IngestConfig config) {
        this(config.defaultLanguage(), config.newsroomTimeZone());
    }

    ArticleRequestMapper(String defaultLanguage, ZoneId newsroomZone) {
        this.defaultLanguage = defaultLanguage;
        this.newsroomZone = newsroomZone;
    }

    /**
     * @param articleId  the article's id ({@link ArticleIds#articleId})
     * @param revision   the revision ingest resolved for the request (see {@code io.herald.ingest.publish.RevisionClaims})
     * @param source     the authenticated source, which the event is published as
     * @param receivedAt when ingest received the request: this revision's creation time unless the
     *                   source sent one, and the first creation time unless the source sent that (so that readers
     *                   are shown the time of ingest only when the request gives no time at all)
     */
    public ArticleSubmitted toEvent(ArticleRequest request, String articleId, int revision, String source,
            Instant receivedAt) {
        Instant versionCreated = Objects.requireNonNullElse(request.versionCreated(), receivedAt);
        return new ArticleSubmitted(
                articleId,
                revision,
                Objects.requireNonNullElse(request.pubStatus(), PubStatus.USABLE),
                Objects.requireNonNullElse(request.language(), defaultLanguage),
                request.publication() == null ? null : request.publication().toEvent(),
                request.page(),
                request.section(),
                request.headline(),
                request.subheadline(),
                request.kicker(),
                request.dateline(),
                map(request.byline(), ContributorRequest::toEvent),
                map(request.body(), BodyBlockRequest::toEvent),
                map(request.images(), ImageRequest::toEvent),
                map(request.related(), RelatedEntryRequest::toEvent),
                request.subjects(),
                Objects.requireNonNullElse(request.firstCreated(), versionCreated),
                versionCreated,
                request.embargoUntil(),
                new Source(source, request.sourceId()),
                published(request),
                blankToNull(request.summary()));
    }

    /** The time the request gives, else the start of its print date in newsroom time, else none. */
    private Instant published(ArticleRequest request) {
        if (request.published() != null) {
            return request.published();
        }
        PublicationRequest publication = request.publication();
        return publication == null || publication.issueDate() == null ? null
                : publication.issueDate().atStartOfDay(newsroomZone).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T, R> List<R> map(List<T> items, Function<T, R> mapping) {
        return items == null ? null : items.stream().map(mapping).toList();
    }
}
