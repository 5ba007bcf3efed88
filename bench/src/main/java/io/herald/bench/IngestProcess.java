package io.herald.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.herald.devstack.PortCheck;
import io.herald.devstack.PostgresServer;

/**
 * The built ingest-service ({@code java -jar quarkus-run.jar}) as a child JVM on a free port, with its output
 * in a log file. (devstack's ServiceProcess and ReadinessWait do this for the whole stack, but are not
 * public.)
 */
final class IngestProcess implements AutoCloseable {

    static final String API_KEY = "bench-key";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final URI baseUrl;
    private final Path logFile;

    private IngestProcess(Process process, URI baseUrl, Path logFile) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.logFile = logFile;
    }

    static IngestProcess start(Path jar, String bootstrapServers, String jdbcUrl, Path logFile) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it with ./mvnw -pl bench -am -DskipTests package");
        }
        int port = PortCheck.freePort();
        ProcessBuilder builder = new ProcessBuilder(RawProducerRate.java(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER,
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "HERALD_INGEST_SOURCES_DEMO_API_KEY", API_KEY,
                // the benchmark's one bulk request carries every record (50,000 × 2 KB by default)
                "QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", "1G"));
        return new IngestProcess(builder.start(), URI.create("http://localhost:" + port), logFile);
    }

    URI baseUrl() {
        return baseUrl;
    }

    /** Polls {@code /q/health/ready} until it answers 200. */
    void awaitReady(HttpClient client) throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(baseUrl.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("ingest-service exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("ingest-service was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + logFile);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
