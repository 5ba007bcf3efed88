package io.herald.render.rendering;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.herald.events.ArticleSubmitted;
import io.herald.render.RenderConfig;

/**
 * Renders revisions on a pool of {@code herald.render.consume.render-threads} threads (one per core by default):
 * rendering is most of the CPU a poll of events costs, and on the pool a poll's articles render in parallel.
 */
@ApplicationScoped
public class RenderPool {

    private final ArticleRenderer renderer;
    private final ExecutorService pool;

    RenderPool(ArticleRenderer renderer, RenderConfig config) {
        this.renderer = renderer;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(
                config.consume().renderThreads().orElse(Runtime.getRuntime().availableProcessors()), task -> {
                    Thread thread = new Thread(task, "render-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Starts rendering {@code article}; cancelling the result before it has started skips the work. */
    public CompletableFuture<ArticleRenderer.Rendered> start(ArticleSubmitted article) {
        return CompletableFuture.supplyAsync(() -> renderer.render(article), pool);
    }

    /** What {@code rendering} rendered, once it has; what rendering threw is thrown as it was. */
    public static ArticleRenderer.Rendered joined(CompletableFuture<ArticleRenderer.Rendered> rendering) {
        try {
            return rendering.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
