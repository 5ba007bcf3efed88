package io.herald.render.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.herald.events.ArticleRendered;
import io.herald.events.EventJson;
import io.herald.events.Source;
import io.herald.render.PublicUrls;
import io.herald.render.store.OutboxEvent;
import io.herald.render.store.OutboxRepository;
import io.herald.render.store.Rendition;
import io.herald.service.tracing.Traceparent;
import io.opentelemetry.context.Context;

/** Writes articles.rendered events into the outbox table, inside the caller's transaction. */
@ApplicationScoped
public class Outbox {

    /** Starts each reason that comes from the WeChat article, e.g. "wechat: title has 41 characters, …". */
    static final String WECHAT_REASON = "wechat: ";

    private final OutboxRepository repository;
    private final PublicUrls urls;

    Outbox(OutboxRepository repository, PublicUrls urls) {
        this.repository = repository;
        this.urls = urls;
    }

    /**
     * Queues the event announcing this rendition; it leaves only if the caller's transaction commits, in the trace of
     * the caller's current span.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void articleRendered(Rendition rendition) {
        queue(List.of(event(rendition)));
    }

    /**
     * The event announcing this rendition as it stands now, in the trace of the caller's current span (the article's,
     * when a consumed event is rendered); nothing is queued until {@link #queue}.
     */
    public OutboxEvent event(Rendition rendition) {
        OutboxEvent event = new OutboxEvent();
        event.articleId = rendition.articleId;
        event.createdAt = Instant.now();
        event.traceparent = Traceparent.of(Context.current());
        event.payload = announcement(rendition);
        event.eventId = eventId(event.payload);
        return event;
    }

    /**
     * Queues {@code events}, in list order after those queued before, in one statement; they leave only if the
     * caller's transaction commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(List<OutboxEvent> events) {
        repository.insertAll(events);
    }

    /**
     * What articles.rendered says of this rendition as it stands: the WeChat article only when published; the
     * embargo whenever the article has one; where the article comes from.
     */
    public ArticleRendered announcement(Rendition rendition) {
        ArticleRendered.Status status = rendition.status();
        boolean published = status == ArticleRendered.Status.PUBLISHED;
        return new ArticleRendered(rendition.articleId, rendition.revision, status, rendition.embargoUntil,
                urls.article(rendition.articleId),
                published ? rendition.wechat : null,
                reasons(status, rendition),
                rendition.renderedAt,
                origin(rendition));
    }

    /**
     * The rendition's publication, newsroom system and section; the system is unknown for renditions made before
     * their document was kept.
     */
    private static ArticleRendered.Origin origin(Rendition rendition) {
        Source source = rendition.document == null ? null : rendition.document.source();
        return new ArticleRendered.Origin(rendition.publicationName, source == null ? null : source.name(),
                rendition.section);
    }

    private static List<String> reasons(ArticleRendered.Status status, Rendition rendition) {
        return switch (status) {
            case PUBLISHED -> wechatProblems(rendition.wechat);
            case EMBARGOED -> List.of("embargoed until " + rendition.embargoUntil);
            case UNPUBLISHED -> List.of("pubStatus is " + pubStatus(rendition));
        };
    }

    /** The WeChat limits a published article does not meet, marked as WeChat's: its web page is published anyway. */
    private static List<String> wechatProblems(ArticleRendered.WechatArticle wechat) {
        return wechat.problems().stream().map(problem -> WECHAT_REASON + problem).toList();
    }

    private static String pubStatus(Rendition rendition) {
        return rendition.pubStatus.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The {@code ce_id} of {@code event}, from everything it says but when it was rendered: the same rendition
     * announced again (a replay, a re-render that changed nothing) has the same id, so consumers can drop repeats;
     * a re-render that changed the web page or the WeChat draft of the same revision is a new event.
     */
    static UUID eventId(ArticleRendered event) {
        ArticleRendered timeless = new ArticleRendered(event.articleId(), event.revision(), event.status(),
                event.embargoUntil(), event.webUrl(), event.wechat(), event.reasons(), null, event.origin());
        return UUID.nameUUIDFromBytes(EventJson.write(timeless));
    }
}
