package io.herald.faults;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.awaitility.Awaitility;

/** A {@link LoadGenerator} running on its own thread while a scenario injects its fault. */
final class LoadRun {

    private final LoadGenerator load;
    private final CompletableFuture<Void> done;

    private LoadRun(LoadGenerator load, int articles) {
        this.load = load;
        this.done = CompletableFuture.runAsync(() -> {
            try {
                load.run(articles);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        });
    }

    static LoadRun start(LoadGenerator load, int articles) {
        return new LoadRun(load, articles);
    }

    /**
     * Returns once ingest acknowledged {@code count} revisions, while the load is still under way: the moment to
     * inject a fault mid-stream.
     */
    void awaitAcknowledgements(int count, Duration timeout) {
        Awaitility.await(count + " acknowledgements").atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            if (load.acknowledged().acknowledgements() >= count) {
                return true;
            }
            if (done.isDone()) {
                done.join();
                throw new IllegalStateException("the load ended after " + load.acknowledged().acknowledgements()
                        + " acknowledgements, before " + count);
            }
            return false;
        });
        if (done.isDone()) {
            throw new IllegalStateException("the load ended before the fault; make it longer");
        }
    }

    /** Waits until the whole load was sent and answered; rethrows what stopped it. */
    Acknowledged join() {
        try {
            done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return load.acknowledged();
    }
}
