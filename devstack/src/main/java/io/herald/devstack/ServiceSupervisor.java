package io.herald.devstack;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stack's services running: a service that exits (killed, out of memory, crashed) is started again
 * after a {@link RestartBackoff}, and each exit, restart and return to readiness is reported on the console,
 * while the other services keep running. Stops restarting once closed.
 */
final class ServiceSupervisor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceSupervisor.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Function<HeraldService, ServiceProcess> restarter;
    private final Consumer<String> console;
    private final Duration readyTimeout;
    private final Map<HeraldService, RestartBackoff> backoffs = new EnumMap<>(HeraldService.class);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "herald-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    /**
     * @param restarter    starts a service again and returns it (throws if it cannot)
     * @param console      where the operator reads what happened, one line each
     * @param readyTimeout how long a restarted service may take to get ready before the console says so
     */
    ServiceSupervisor(Function<HeraldService, ServiceProcess> restarter, Consumer<String> console, Duration readyTimeout) {
        this.restarter = restarter;
        this.console = console;
        this.readyTimeout = readyTimeout;
        for (HeraldService service : HeraldService.values()) {
            backoffs.put(service, RestartBackoff.standard());
        }
    }

    /** Watches {@code process}: when it exits, it is started again. */
    void supervise(ServiceProcess process) {
        process.onExit().thenRun(() -> exited(process));
    }

    private void exited(ServiceProcess process) {
        if (closed) {
            return;
        }
        Duration delay = backoffs.get(process.service()).afterExit(process.uptime());
        LocalTime now = LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
        report(String.format("%s at %s; starting it again in %d s (at %s); its log: %s", process.exitSummary(),
                TIME.format(now), delay.toSeconds(), TIME.format(now.plus(delay)), process.logFile()));
        schedule(process.service(), delay);
    }

    private void restart(HeraldService service) {
        if (closed) {
            return;
        }
        ServiceProcess started;
        try {
            started = restarter.apply(service);
        } catch (RuntimeException e) {
            if (closed) {
                return;
            }
            Duration delay = backoffs.get(service).afterExit(Duration.ZERO);
            LOG.error("{} could not be started again", service.module(), e);
            report(String.format("%s could not be started again (%s); trying again in %d s", service.module(),
                    e.getMessage(), delay.toSeconds()));
            schedule(service, delay);
            return;
        }
        report(String.format("%s started again (pid %d); waiting until it is ready", service.module(), started.handle().pid()));
        supervise(started);
        CompletableFuture.runAsync(() -> reportReadiness(started));
    }

    private void reportReadiness(ServiceProcess started) {
        try {
            new ReadinessWait().untilReady(List.of(started), readyTimeout);
            report(started.service().module() + " is ready again at " + started.baseUrl());
        } catch (StackStartException e) {
            // An exit is reported when it happens; only a service that stays alive but unready is news here.
            if (started.isAlive() && !closed) {
                report(e.getMessage());
            }
        }
    }

    private void schedule(HeraldService service, Duration delay) {
        try {
            scheduler.schedule(() -> restart(service), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile: the stack is stopping
        }
    }

    private void report(String line) {
        LOG.warn(line);
        console.accept("herald: " + line);
    }

    /** No service is started again from now on; running ones keep running. */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
    }
}
