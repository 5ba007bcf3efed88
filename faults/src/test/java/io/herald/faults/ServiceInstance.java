package io.herald.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

import io.herald.devstack.HeraldService;

/**
 * One instance of a Herald service running its built jar as a child JVM on a fixed port, which a scenario may
 * kill with SIGKILL and start again on the same port. Output goes to {@code <name>.log} (appended, so a
 * restart's log follows the killed run's).
 */
final class ServiceInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final HeraldService service;
    private final String name;
    private final Path jar;
    private final int port;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;
    private final Path logFile;
    private Process process;

    ServiceInstance(HeraldService service, String name, Path jar, int port, List<String> jvmOptions,
            Map<String, String> environment, Path logDirectory) {
        this.service = service;
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.environment = Map.copyOf(environment);
        this.logFile = logDirectory.resolve(name + ".log");
    }

    HeraldService service() {
        return service;
    }

    String name() {
        return name;
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    synchronized long pid() {
        return process.pid();
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized ServiceInstance start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx384m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " from " + jar, e);
        }
        return this;
    }

    /** SIGKILL, as the kernel's out-of-memory killer or {@code kill -9} would: no shutdown hook runs. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> processes = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(handle -> handle.onExit().join());
    }

    /** Whether {@code /q/health/ready} answers 200 now. */
    boolean isReady() {
        return readinessStatus() == 200;
    }

    /** {@code /q/health/ready}'s status code, or 0 when the instance does not answer. */
    int readinessStatus() {
        HttpRequest request = HttpRequest.newBuilder(baseUrl().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Waits until the instance is ready; fails naming its log if it exits or takes longer than {@code timeout}. */
    void awaitReady(Duration timeout) {
        Awaitility.await(name + " ready (see " + logFile + ")").atMost(timeout).until(() -> {
            if (!isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + logFile);
            }
            return isReady();
        });
    }

    /** SIGTERM, then SIGKILL after ten seconds. */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}
