package io.herald.service.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Whether the service is shutting down ({@link ShutdownEvent} seen): a loop that works in batches (a backfill, a
 * relay) starts no further batch once it is, and tells a batch the shutdown cut short (its transaction or connection
 * closed under it) from a failure, which it reports as one.
 */
@ApplicationScoped
public class ShutdownUnderway {

    private volatile boolean underway;

    void onStop(@Observes ShutdownEvent stop) {
        underway = true;
    }

    public boolean isUnderway() {
        return underway;
    }
}
