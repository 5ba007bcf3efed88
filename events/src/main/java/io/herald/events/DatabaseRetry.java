package io.herald.events;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * How a consumer of Herald events waits for its database: work that fails because the database does not answer
 * ({@link InfrastructureFailure}) is run again after a pause, as often as needed; any other failure is the
 * record's and is thrown at once (it makes a dead letter).
 */
public final class DatabaseRetry {

    /** Told before each pause, e.g. to log which records wait and for which attempt. */
    @FunctionalInterface
    public interface Waiting {
        void waiting(RuntimeException failure, int attempt);
    }

    private DatabaseRetry() {
    }

    /**
     * Runs {@code work} until it returns or fails for a reason of its own.
     *
     * @throws IllegalStateException if the thread is interrupted while it waits (the service is stopping)
     */
    public static <T> T untilTheDatabaseAnswers(Supplier<T> work, Duration pause, Waiting waiting) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!InfrastructureFailure.causedBy(e)) {
                    throw e;
                }
                waiting.waiting(e, attempt);
                sleep(pause);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while waiting for the database", e);
        }
    }
}
