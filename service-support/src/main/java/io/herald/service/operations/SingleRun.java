package io.herald.service.operations;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One operator-started background run at a time on this instance (a rebuild, a re-render), on its own daemon
 * thread, and the status of the running or last run as the run itself reports it.
 *
 * @param <S> the run's status
 */
public final class SingleRun<S> implements AutoCloseable {

    private final ExecutorService worker;
    private final Predicate<S> running;
    private final AtomicReference<S> status = new AtomicReference<>();

    /**
     * @param threadName the worker thread's name, as thread dumps and logs show it
     * @param running    whether a status is that of a run still going
     */
    public SingleRun(String threadName, Predicate<S> running) {
        this.running = running;
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts {@code run} with status {@code started}, unless a run is going: then throws what {@code busy} makes of
     * its status.
     */
    public synchronized <E extends RuntimeException> S start(S started, Function<S, E> busy, Runnable run) {
        S previous = status.get();
        if (previous != null && running.test(previous)) {
            throw busy.apply(previous);
        }
        status.set(started);
        worker.execute(run);
        return started;
    }

    /** The running or last run's status, if there was one. */
    public Optional<S> status() {
        return Optional.ofNullable(status.get());
    }

    /** Records the run's new status. */
    public void report(S current) {
        status.set(current);
    }

    /** Records the run's new status as {@code change} makes it of the current one; returns it. */
    public S update(UnaryOperator<S> change) {
        return status.updateAndGet(change);
    }

    /** Interrupts a run that is going; no other starts. */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
