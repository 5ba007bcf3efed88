package io.herald.ingest.bulk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

/**
 * The places for bulk sends awaiting Kafka's acknowledgement, shared by all bulk requests: however many
 * run at once, at most {@code herald.ingest.bulk.max-in-flight} of their sends are outstanding, which keeps
 * them within what the Kafka channel accepts at once (its {@code max-inflight-messages}, 1024 by default).
 */
@Singleton
public class SendWindow {

    private final Semaphore places;

    @Inject
    public SendWindow(BulkConfig config) {
        this.places = new Semaphore(config.maxInFlight(), true);
    }

    /**
     * Subscribes to {@code send} once a place is free (blocking the caller while the window is full); the place
     * is freed when the send completes, and the future completes as the send did.
     */
    public <T> CompletableFuture<T> send(Uni<T> send) throws InterruptedException {
        places.acquire();
        CompletableFuture<T> result = new CompletableFuture<>();
        send.subscribe().with(
                item -> {
                    places.release();
                    result.complete(item);
                },
                failure -> {
                    places.release();
                    result.completeExceptionally(failure);
                });
        return result;
    }
}
