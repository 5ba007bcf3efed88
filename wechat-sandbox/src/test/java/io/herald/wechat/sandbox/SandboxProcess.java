package io.herald.wechat.sandbox;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built sandbox ({@code target/quarkus-app}) run as a process of its own on a data directory and a fixed port, so
 * that a test can kill it and start it again on the same state: publishing jobs settle at once, the daily limit is
 * {@value #DAILY_LIMIT}, the switches take {@link WechatCalls#OPERATOR_KEY}. Each run's output goes to a log file
 * next to the data directory.
 */
final class SandboxProcess implements AutoCloseable {

    /** draft/add and freepublish/submit calls per account and day. */
    static final int DAILY_LIMIT = 6;
    private static final Path JAR = Path.of(System.getProperty("herald.sandbox.jar",
            "target/quarkus-app/quarkus-run.jar"));
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path dataDirectory;
    private final int port;
    private final List<Path> logs = new ArrayList<>();
    private Process process;

    SandboxProcess(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.port = freePort();
    }

    int port() {
        return port;
    }

    /** Starts the sandbox and waits until it is ready. */
    void start() {
        Path log = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-run" + (logs.size() + 1) + ".log");
        logs.add(log);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-Djava.io.tmpdir=" + dataDirectory.getParent(), "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "HERALD_WECHAT_SANDBOX_PUBLIC_BASE_URL", "http://localhost:" + port,
                "HERALD_WECHAT_SANDBOX_DATA_DIR", dataDirectory.toString(),
                "HERALD_WECHAT_SANDBOX_PUBLISH_DURATION", "0s",
                "HERALD_WECHAT_SANDBOX_PUBLISH_DAILY_LIMIT", String.valueOf(DAILY_LIMIT),
                "HERALD_WECHAT_SANDBOX_OPERATOR_KEY", WechatCalls.OPERATOR_KEY));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + JAR, e);
        }
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(200)).until(this::ready);
    }

    /** SIGKILL: nothing runs at the end, whatever was not written is lost. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** What the current (or last) run printed. */
    String log() {
        try {
            return Files.readString(logs.get(logs.size() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the sandbox exited with " + process.exitValue() + ":\n" + log());
        }
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
