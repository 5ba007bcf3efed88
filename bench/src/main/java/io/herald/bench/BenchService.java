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
import java.util.HashMap;
import java.util.Map;

import io.herald.devstack.KafkaBroker;
import io.herald.devstack.PortCheck;
import io.herald.devstack.PostgresServer;
import io.herald.devstack.ServiceCommand;
import io.herald.devstack.ServiceLaunch;

/**
 * A built Herald service ({@code java -jar quarkus-run.jar}, with the JVM settings of devstack's {@link ServiceCommand})
 * as a child JVM on a free port, with its output in a log file. (devstack's ServiceProcess and ReadinessWait do this
 * for the whole stack, but are not public.)
 */
final class BenchService implements AutoCloseable {

    /** Generous: on a busy 2-core machine a service has been seen to take more than a minute to start. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final ServiceLaunch launch;
    private final Process process;
    private final URI baseUrl;
    private final Path logFile;

    private BenchService(ServiceLaunch launch, Process process, URI baseUrl, Path logFile) {
        this.launch = launch;
        this.process = process;
        this.baseUrl = baseUrl;
        this.logFile = logFile;
    }

    /**
     * Starts {@code jar} with {@code environment} (the service's settings) on a free HTTP port.
     *
     * @param module the module that builds the jar, named in the error when it is missing
     */
    static BenchService start(String module, Path jar, Map<String, String> environment, Path logFile) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it with ./mvnw -pl " + module + " -am -DskipTests package");
        }
        int port = PortCheck.freePort();
        // with the JVM settings ./herald up runs it with; the jar is <repository>/<module>/target/quarkus-app/quarkus-run.jar
        Path repository = jar.getParent().resolve("../../..").normalize();
        ServiceLaunch launch = ServiceCommand.inRepository(repository).forJar(module, jar);
        ProcessBuilder builder = launch.builder()
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return new BenchService(launch, builder.start(), URI.create("http://localhost:" + port), logFile);
    }

    /**
     * Starts module {@code service}'s built jar (under {@code repository}) with the broker and database
     * {@code database} on {@code postgres}, plus {@code settings}; its output goes to {@code <service>.log} in
     * {@code work}.
     */
    static BenchService start(String service, Path repository, Path work, KafkaBroker broker, PostgresServer postgres,
            String database, Map<String, String> settings) throws IOException {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "");
        return start(service, repository.resolve(service + "/target/quarkus-app/quarkus-run.jar"), environment,
                work.resolve(service + ".log"));
    }

    Path logFile() {
        return logFile;
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
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + logFile);
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
        throw new IllegalStateException("the service was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + logFile);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(launch.stopGrace().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        launch.exited(process.exitValue());
    }
}
