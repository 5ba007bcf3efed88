package io.herald.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * One Herald service running as a child JVM ({@code java -jar quarkus-run.jar}) with its output in a log
 * file.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String READINESS_PATH = "/q/health/ready";
    /** Exit codes above this are 128 + the number of the signal that killed the process. */
    private static final int SIGNAL_EXIT_BASE = 128;

    private final HeraldService service;
    private final String host;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final Instant startedAt;
    private final Duration stopGrace;
    /** Completes once the JVM has exited and what it left (its class-data archive) is dealt with. */
    private final CompletableFuture<Process> exited;

    private ServiceProcess(HeraldService service, String host, int port, Path logFile, Process process,
                           ServiceLaunch launch) {
        this.service = service;
        this.host = host;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
        this.startedAt = Instant.now();
        this.stopGrace = launch.stopGrace();
        this.exited = process.onExit().thenApply(ended -> {
            launch.exited(ended.exitValue());
            return ended;
        });
    }

    /**
     * Starts {@code launch} (see {@link ServiceCommand}) with {@code environment} added to this process'
     * environment, and stdout and stderr written to {@code logFile}: replaced on a first start, appended to
     * on a restart (so the log of the run that died stays).
     *
     * @param host where clients on this machine reach the service
     */
    static ServiceProcess start(HeraldService service, ServiceLaunch launch, String host, int port,
                                Map<String, String> environment, Path logFile, boolean restart) {
        ProcessBuilder builder = launch.builder();
        builder.redirectErrorStream(true)
                .redirectOutput(restart ? ProcessBuilder.Redirect.appendTo(logFile.toFile()) : ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(service, host, port, logFile, builder.start(), launch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module() + ": " + String.join(" ", builder.command()), e);
        }
    }

    public HeraldService service() {
        return service;
    }

    public URI baseUrl() {
        return URI.create("http://" + host + ":" + port);
    }

    public URI readinessUrl() {
        return baseUrl().resolve(READINESS_PATH);
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The service's JVM. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** How long it ran (or has been running). */
    Duration uptime() {
        return Duration.between(startedAt, Instant.now());
    }

    /** Completes once the service has exited and its class-data archive, if it wrote one, is kept. */
    CompletableFuture<Process> onExit() {
        return exited;
    }

    /** e.g. "catalog-service exited with code 137 (killed by signal 9)"; only once it has exited. */
    public String exitSummary() {
        int code = process.exitValue();
        return service.module() + " exited with code " + code
                + (code > SIGNAL_EXIT_BASE ? " (killed by signal " + (code - SIGNAL_EXIT_BASE) + ")" : "");
    }

    @Override
    public void close() {
        stopAll(List.of(this));
    }

    /**
     * Asks every process and its descendants to stop (SIGTERM), waits for them as long as the slowest may take
     * ({@link ServiceLaunch#stopGrace()}), then kills whatever is left; returns once each service's exit is dealt with.
     */
    static void stopAll(List<ServiceProcess> services) {
        List<ProcessHandle> handles = services.stream()
                .flatMap(service -> Stream.concat(Stream.of(service.process.toHandle()), service.process.descendants()))
                .toList();
        handles.forEach(ProcessHandle::destroy);
        CompletableFuture<?> allExited = CompletableFuture.allOf(
                handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new));
        try {
            Duration grace = services.stream().map(service -> service.stopGrace).max(Duration::compareTo)
                    .orElse(Duration.ZERO);
            allExited.get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            handles.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            allExited.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handles.forEach(ProcessHandle::destroyForcibly);
            return;
        }
        services.forEach(service -> service.exited.join());
    }
}
