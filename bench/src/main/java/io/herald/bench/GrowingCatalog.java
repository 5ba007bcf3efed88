package io.herald.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.herald.events.ArticleSubmitted;

/**
 * The catalog under test as it grows: generated articles written to {@code articles.submitted} as ingest-service
 * writes them and consumed by the catalog itself (its segmentation, idempotence and revision checks, its own
 * inserts), each write waited for until the catalog has applied it.
 */
final class GrowingCatalog {

    /** Articles are written to the topic in chunks of this many while the catalog is filled. */
    private static final int FILL_CHUNK = 10_000;

    private final ArticlesTopicWriter topic;
    private final AppliedEvents applied;
    private final GeneratedArticles articles;
    private final boolean inArrivalOrder;
    private int size;

    /**
     * @param inArrivalOrder whether the articles are dated in the order they are written ({@link ArrivalDates}) or
     *                       keep their generated dates (random within 60 days)
     */
    GrowingCatalog(ArticlesTopicWriter topic, AppliedEvents applied, GeneratedArticles articles,
            boolean inArrivalOrder) {
        this.topic = topic;
        this.applied = applied;
        this.articles = articles;
        this.inArrivalOrder = inArrivalOrder;
    }

    /** The articles written and applied so far. */
    int size() {
        return size;
    }

    /** The next {@code count} articles, not written yet (made before a clock starts). */
    List<ArticleSubmitted> next(int count) {
        List<ArticleSubmitted> next = articles.articles(size, count);
        if (!inArrivalOrder) {
            return next;
        }
        List<ArticleSubmitted> dated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dated.add(ArrivalDates.dated(next.get(i), size + i));
        }
        return dated;
    }

    /**
     * Writes {@code batch}, the articles {@link #next} gave, and waits until the catalog has applied them; returns
     * the nanoTime at which that was seen.
     */
    long write(List<ArticleSubmitted> batch) throws SQLException, InterruptedException {
        topic.write(batch);
        size += batch.size();
        return applied.awaitApplied(size);
    }

    /** Writes articles until the catalog holds {@code target}, more than now; returns articles applied per second. */
    double fillTo(int target) throws SQLException, InterruptedException {
        int before = size;
        long start = System.nanoTime();
        long end = start;
        while (size < target) {
            end = write(next(Math.min(FILL_CHUNK, target - size)));
        }
        return (size - before) / ((end - start) / 1e9);
    }
}
