package io.herald.wechat.sandbox.publish;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.herald.wechat.sandbox.draft.Draft;
import io.herald.wechat.sandbox.fault.Faults;

/**
 * Runs publishing jobs: a job's outcome is decided when it is submitted (success, or the review rejection switch's
 * status), it settles after {@code herald.wechat-sandbox.publish.duration}, and each settled job is pushed as
 * PUBLISHJOBFINISH ({@link PublishCallback}).
 */
@ApplicationScoped
public class Publisher {

    private final PublishStore jobs;
    private final Faults faults;
    private final PublishCallback callback;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "wechat-sandbox-publisher");
        thread.setDaemon(true);
        return thread;
    });

    Publisher(PublishStore jobs, Faults faults, PublishCallback callback) {
        this.jobs = jobs;
        this.faults = faults;
        this.callback = callback;
    }

    PublishJob submit(Draft draft) {
        PublishJob job = jobs.submit(draft, faults.rejectionStatus().orElse(PublishStatus.PUBLISHED));
        settleAtItsTime(job);
        return job;
    }

    /** Settles, each at its time, the jobs that were publishing when the sandbox stopped (state directory). */
    public void resume() {
        jobs.publishing().forEach(this::settleAtItsTime);
    }

    private void settleAtItsTime(PublishJob job) {
        long delay = Math.max(0, Duration.between(clock.instant(), job.finishAt()).toMillis());
        timer.schedule(this::settle, delay, TimeUnit.MILLISECONDS);
    }

    /** Settles the jobs whose time has come and pushes their events; called before answering about jobs. */
    public void settle() {
        jobs.settle().forEach(callback::send);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
