package io.herald.catalog.store;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.herald.events.ArticleSubmitted;
import io.herald.events.InvalidEventException;

/**
 * Applies {@link ArticleSubmitted} events to the catalog, idempotently: every revision is kept, the
 * highest revision is current, and an event id seen before changes nothing.
 */
@ApplicationScoped
public class ArticleCatalog {

    private final ProcessedEventRepository processedEvents;
    private final ArticleRevisionRepository revisions;
    private final ArticleRepository articles;

    ArticleCatalog(ProcessedEventRepository processedEvents, ArticleRevisionRepository revisions,
            ArticleRepository articles) {
        this.processedEvents = processedEvents;
        this.revisions = revisions;
        this.articles = articles;
    }

    /**
     * Applies one event inside the caller's transaction.
     *
     * @throws InvalidEventException if the event lacks what the catalog needs to store it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApplyOutcome apply(String eventId, ArticleSubmitted event) {
        requireStorable(event);
        if (!processedEvents.claim(eventId, event) || !revisions.record(eventId, event)) {
            return ApplyOutcome.DUPLICATE;
        }
        Article current = articles.findById(event.articleId(), LockModeType.PESSIMISTIC_WRITE);
        if (current == null) {
            articles.persist(Article.of(eventId, event));
            return ApplyOutcome.CURRENT;
        }
        if (event.revision() <= current.revision) {
            return ApplyOutcome.HISTORY;
        }
        current.replaceWith(eventId, event);
        return ApplyOutcome.CURRENT;
    }

    private static void requireStorable(ArticleSubmitted event) {
        List<String> problems = new ArrayList<>();
        if (event.articleId() == null || event.articleId().isBlank()) {
            problems.add("articleId is missing");
        }
        if (event.revision() < 1) {
            problems.add("revision must be at least 1");
        }
        requirePresent(problems, "pubStatus", event.pubStatus());
        requirePresent(problems, "language", event.language());
        requirePresent(problems, "headline", event.headline());
        requirePresent(problems, "versionCreated", event.versionCreated());
        if (!problems.isEmpty()) {
            throw new InvalidEventException("cannot store article event: " + String.join(", ", problems));
        }
    }

    private static void requirePresent(List<String> problems, String field, Object value) {
        if (value == null) {
            problems.add(field + " is missing");
        }
    }
}
