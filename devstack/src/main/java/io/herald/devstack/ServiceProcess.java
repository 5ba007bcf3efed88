package io.herald.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
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
    /** How long a service may take to shut down after SIGTERM before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final HeraldService service;
    private final int port;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(HeraldService service, int port, Path logFile, Process process) {
        this.service = service;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * Starts {@code jar} with the JVM that runs this launcher, {@code environment} added to this process'
     * environment, and stdout and stderr written to {@code logFile} (replaced).
     */
    static ServiceProcess start(HeraldService service, Path jar, int port, Map<String, String> environment,
                                Path workingDirectory, Path logFile) {
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-jar", jar.toString())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(service, port, logFile, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module() + " from " + jar, e);
        }
    }

    public HeraldService service() {
        return service;
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + port);
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

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** e.g. "catalog-service exited with code 1"; only once it has exited. */
    public String exitSummary() {
        return service.module() + " exited with code " + process.exitValue();
    }

    @Override
    public void close() {
        stopAll(List.of(this));
    }

    /**
     * Asks every process and its descendants to stop (SIGTERM), waits a while for them, then kills
     * whatever is left.
     */
    static void stopAll(List<ServiceProcess> services) {
        List<ProcessHandle> handles = services.stream()
                .flatMap(service -> Stream.concat(Stream.of(service.process.toHandle()), service.process.descendants()))
                .toList();
        handles.forEach(ProcessHandle::destroy);
        CompletableFuture<?> allExited = CompletableFuture.allOf(
                handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new));
        try {
            allExited.get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            handles.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            allExited.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handles.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
