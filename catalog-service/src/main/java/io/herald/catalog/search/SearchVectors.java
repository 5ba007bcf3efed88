package io.herald.catalog.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleSubmitted;

/**
 * Builds {@link SearchVector}s on a pool of one thread per core. Segmentation is most of the CPU a batch of events
 * costs; on the pool, a batch's articles are segmented in parallel, and while its transaction waits for the
 * database.
 */
@ApplicationScoped
public class SearchVectors {

    private final ExecutorService pool;

    SearchVectors() {
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "search-vectors-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts building {@code event}'s vector; cancelling the result before it has started skips the work. */
    public CompletableFuture<String> start(ArticleSubmitted event) {
        return CompletableFuture.supplyAsync(() -> SearchVector.of(event), pool);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
