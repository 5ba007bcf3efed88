package io.herald.catalog.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.herald.catalog.search.SearchVectors;
import io.herald.events.ArticleSubmitted;
import io.herald.events.InvalidEventException;
import io.herald.events.SubmittedEvent;
import io.quarkus.panache.common.Sort;

/**
 * Applies {@link ArticleSubmitted} events to the catalog, idempotently: every revision is kept, the
 * highest revision is current, and an event id seen before changes nothing.
 *
 * <p>A batch costs a fixed number of round trips, whatever its size: one insert claims the event ids, one
 * records the revisions, one {@code select ... for update} loads the current articles (in article id order, so
 * that concurrent batches lock in the same order), and Hibernate writes the articles in JDBC batches.
 *
 * <p>Segmenting the articles' text for their search vectors costs more than all of that. It starts on
 * {@link SearchVectors}' pool as the batch starts, for every event that may become current, so that it runs in
 * parallel and while the batch waits for the database; the articles are written {@value #FLUSH_EVERY} at a time as
 * their vectors are ready. Vectors of events that turn out to be duplicates or history are cancelled or dropped.
 */
@ApplicationScoped
public class ArticleCatalog {

    /** Current articles are flushed this many at a time (one JDBC batch), while the next ones are segmented. */
    static final int FLUSH_EVERY = 50;

    private final ProcessedEventRepository processedEvents;
    private final ArticleRevisionRepository revisions;
    private final ArticleRepository articles;
    private final SearchVectors searchVectors;

    ArticleCatalog(ProcessedEventRepository processedEvents, ArticleRevisionRepository revisions,
            ArticleRepository articles, SearchVectors searchVectors) {
        this.processedEvents = processedEvents;
        this.revisions = revisions;
        this.articles = articles;
        this.searchVectors = searchVectors;
    }

    /**
     * Applies one event inside the caller's transaction.
     *
     * @throws InvalidEventException if the event lacks what the catalog needs to store it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApplyOutcome apply(String eventId, ArticleSubmitted event) {
        return applyAll(List.of(new SubmittedEvent(eventId, event))).get(0);
    }

    /**
     * Applies events inside the caller's transaction, in list order (an article's revisions must come in
     * offset order), as {@link #apply} would one by one. The changes are flushed before it returns, so a
     * database error is thrown here rather than at commit.
     *
     * @return what each event did, in list order
     * @throws InvalidEventException if an event lacks what the catalog needs to store it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ApplyOutcome> applyAll(List<SubmittedEvent> events) {
        events.forEach(submitted -> requireStorable(submitted.event()));
        ApplyOutcome[] outcomes = new ApplyOutcome[events.size()];
        Arrays.fill(outcomes, ApplyOutcome.DUPLICATE);

        Map<Integer, SubmittedEvent> firsts = firstOfEachEventAndRevision(events);
        Map<Integer, CompletableFuture<String>> vectors = new HashMap<>();
        firsts.forEach((index, submitted) -> vectors.put(index, searchVectors.start(submitted.event())));
        try {
            Set<String> claimed = processedEvents.claim(List.copyOf(firsts.values()));
            firsts.values().removeIf(submitted -> !claimed.contains(submitted.eventId()));
            Set<ArticleRevision.Key> recorded = revisions.recordNew(List.copyOf(firsts.values()));
            firsts.values().removeIf(submitted -> !recorded.contains(revisionKey(submitted)));

            Map<String, Article> current = lockCurrent(firsts.values());
            int applied = 0;
            for (Map.Entry<Integer, SubmittedEvent> first : firsts.entrySet()) {
                int index = first.getKey();
                String eventId = first.getValue().eventId();
                ArticleSubmitted event = first.getValue().event();
                Article article = current.get(event.articleId());
                if (article == null) {
                    article = Article.of(eventId, event, joined(vectors.get(index)));
                    current.put(event.articleId(), article);
                    articles.persist(article);
                } else if (event.revision() <= article.revision) {
                    outcomes[index] = ApplyOutcome.HISTORY;
                    continue;
                } else {
                    article.replaceWith(eventId, event, joined(vectors.get(index)));
                }
                outcomes[index] = ApplyOutcome.CURRENT;
                if (++applied % FLUSH_EVERY == 0) {
                    articles.flush();
                }
            }
            articles.flush();
        } finally {
            vectors.values().forEach(vector -> vector.cancel(false));
        }
        return Arrays.asList(outcomes);
    }

    /** The vector built on the pool; what building it threw is thrown as it was. */
    private static String joined(CompletableFuture<String> vector) {
        try {
            return vector.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The events to apply, by their index in {@code events}: the first of each event id and the first of each
     * article revision. Later ones change nothing, as they would in separate transactions.
     */
    private static Map<Integer, SubmittedEvent> firstOfEachEventAndRevision(List<SubmittedEvent> events) {
        Map<Integer, SubmittedEvent> firsts = new LinkedHashMap<>();
        Set<String> eventIds = new HashSet<>();
        Set<ArticleRevision.Key> revisionKeys = new HashSet<>();
        for (int index = 0; index < events.size(); index++) {
            SubmittedEvent submitted = events.get(index);
            if (eventIds.add(submitted.eventId()) && revisionKeys.add(revisionKey(submitted))) {
                firsts.put(index, submitted);
            }
        }
        return firsts;
    }

    private static ArticleRevision.Key revisionKey(SubmittedEvent submitted) {
        return new ArticleRevision.Key(submitted.event().articleId(), submitted.event().revision());
    }

    /** The current articles of these events that exist, locked for update in article id order. */
    private Map<String, Article> lockCurrent(Iterable<SubmittedEvent> events) {
        Set<String> articleIds = new TreeSet<>();
        events.forEach(submitted -> articleIds.add(submitted.event().articleId()));
        Map<String, Article> current = new HashMap<>();
        if (!articleIds.isEmpty()) {
            articles.find("articleId in ?1", Sort.by("articleId"), articleIds)
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .list()
                    .forEach(article -> current.put(article.articleId, article));
        }
        return current;
    }

    /**
     * Checks that {@code event} has what the catalog needs to store it.
     *
     * @throws InvalidEventException naming every missing or invalid field
     */
    public static void requireStorable(ArticleSubmitted event) {
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
