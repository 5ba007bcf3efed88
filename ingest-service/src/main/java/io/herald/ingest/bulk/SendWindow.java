package io.herald.ingest.bulk;

import java.util.concurrent.Semaphore;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

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

    void acquire() throws InterruptedException {
        places.acquire();
    }

    void release() {
        places.release();
    }
}
