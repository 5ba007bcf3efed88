package io.herald.ingest.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.smallrye.mutiny.Uni;

/**
 * The sends of one bulk request, issued without awaiting each other: each takes a place in the shared
 * {@link SendWindow} until it is acknowledged ({@link #send} blocks the caller while the window is full), and
 * {@link #awaitAll} collects every line's result in the order the lines were given.
 */
public final class PipelinedSends {

    private final SendWindow window;
    private final List<CompletableFuture<LineResult>> results = new ArrayList<>();

    public PipelinedSends(SendWindow window) {
        this.window = window;
    }

    /** Records a line that is not sent. */
    public void add(LineResult result) {
        results.add(CompletableFuture.completedFuture(result));
    }

    /**
     * Subscribes to {@code send} once a place in the window is free; a failed send becomes the line's
     * {@link LineResult#notAcknowledged} result.
     */
    public void send(int line, Uni<LineResult> send) throws InterruptedException {
        window.acquire();
        CompletableFuture<LineResult> result = new CompletableFuture<>();
        results.add(result);
        send.subscribe().with(
                sent -> {
                    window.release();
                    result.complete(sent);
                },
                failure -> {
                    window.release();
                    result.complete(LineResult.notAcknowledged(line));
                });
    }

    public boolean isEmpty() {
        return results.isEmpty();
    }

    /** Waits for every send's acknowledgement (each is bounded by the publish timeout). */
    public List<LineResult> awaitAll() {
        return results.stream().map(CompletableFuture::join).toList();
    }
}
