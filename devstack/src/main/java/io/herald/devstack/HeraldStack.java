package io.herald.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import io.herald.events.EventContract;

/**
 * The whole local Herald: a persistent Kafka broker and PostgreSQL under one home directory, Herald's
 * topics and databases, and the three services as child processes. Used by the launcher (fixed ports)
 * and by end-to-end tests (free ports).
 *
 * <p>{@link #close()} may be called from another thread (a shutdown hook) while {@link #start()} runs:
 * whatever started is stopped and {@code start()} then fails.
 */
public final class HeraldStack implements AutoCloseable {

    private final StackConfig config;
    private final Map<StackPort, Integer> ports;
    // written under this' lock (see adopt), read by close()
    private KafkaServer kafka;
    private PostgresServer postgres;
    private final List<ServiceProcess> services = new ArrayList<>();
    private boolean closed;

    /**
     * Checks that the service jars exist and that every port is free (choosing free ports for 0); starts
     * nothing.
     *
     * @throws StackStartException   if a service jar is missing
     * @throws PortConflictException if a port is taken or given twice
     */
    public HeraldStack(StackConfig config) {
        this.config = config;
        requireServiceJars();
        this.ports = PortCheck.resolve(config.ports());
    }

    /**
     * Starts Kafka and PostgreSQL, creates the topics and databases, starts the services and waits until
     * each one is ready.
     *
     * @throws StackStartException if something did not start; whatever started is stopped
     */
    public HeraldStack start() {
        try {
            createDirectories();
            startKafkaAndPostgres();
            for (HeraldService service : HeraldService.values()) {
                adopt(startService(service), services::add);
            }
            new ReadinessWait().untilReady(List.copyOf(services), config.readyTimeout());
            return this;
        } catch (RuntimeException e) {
            close();
            throw e instanceof StackStartException ? e : new StackStartException(String.valueOf(e.getMessage()), e);
        }
    }

    private int port(StackPort port) {
        return ports.get(port);
    }

    public synchronized URI baseUrl(HeraldService service) {
        return services.stream().filter(running -> running.service() == service).findFirst().orElseThrow().baseUrl();
    }

    public synchronized String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public synchronized String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public Path logFile(HeraldService service) {
        return config.logDirectory().resolve(service.module() + ".log");
    }

    /** Blocks until one of the services exits, and returns it. */
    public ServiceProcess awaitServiceExit() {
        List<ServiceProcess> running;
        synchronized (this) {
            running = List.copyOf(services);
        }
        CompletableFuture.anyOf(running.stream().map(ServiceProcess::onExit).toArray(CompletableFuture[]::new)).join();
        return running.stream().filter(service -> !service.isAlive()).findFirst().orElseThrow();
    }

    /** Stops the services, then Kafka, then PostgreSQL. Safe to call twice and from another thread. */
    @Override
    public void close() {
        List<ServiceProcess> runningServices;
        KafkaServer runningKafka;
        PostgresServer runningPostgres;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            runningServices = List.copyOf(services);
            runningKafka = kafka;
            runningPostgres = postgres;
        }
        ServiceProcess.stopAll(runningServices);
        try {
            if (runningKafka != null) {
                runningKafka.close();
            }
        } finally {
            if (runningPostgres != null) {
                try {
                    runningPostgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
                }
            }
        }
    }

    private void requireServiceJars() {
        for (HeraldService service : HeraldService.values()) {
            Path jar = config.serviceJar(service);
            if (!Files.isRegularFile(jar)) {
                throw new StackStartException(jar + " is missing; build it with ./mvnw -pl " + service.module()
                        + " -am package -DskipTests");
            }
        }
    }

    private void createDirectories() {
        try {
            Files.createDirectories(config.logDirectory());
            Files.createDirectories(config.postgresBinariesDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + config.home(), e);
        }
    }

    /** The two start in parallel; Herald's topics and databases are created once both are up. */
    private void startKafkaAndPostgres() {
        CompletableFuture<PostgresServer> postgresStart = CompletableFuture.supplyAsync(() -> PostgresServer.start(
                config.postgresBinariesDirectory(), config.postgresDirectory(), port(StackPort.POSTGRES)));
        try {
            adopt(KafkaServer.start(config.kafkaDirectory(), port(StackPort.KAFKA), port(StackPort.KAFKA_CONTROLLER),
                    EventContract.DEFAULT_PARTITIONS), started -> kafka = started);
        } finally {
            adopt(joinUnwrapped(postgresStart), started -> postgres = started);
        }
        TopicAdmin.createMissing(kafkaBootstrapServers(), HeraldTopics.all());
        for (HeraldService service : HeraldService.values()) {
            service.database().ifPresent(postgres::createDatabase);
        }
    }

    private ServiceProcess startService(HeraldService service) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port(service.port())));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        service.database().ifPresent(database -> {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database));
            environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
            // zonky's initdb uses trust authentication: any password, or none, is accepted.
            environment.put("QUARKUS_DATASOURCE_PASSWORD", "");
        });
        if (service == HeraldService.INGEST) {
            // The embedded default's development credentials: source "demo" and Superdesk.
            environment.put("HERALD_INGEST_SOURCES_DEMO_API_KEY", envOr("HERALD_DEMO_KEY", "demo-key"));
            environment.put("HERALD_INGEST_SUPERDESK_SECRET", envOr("HERALD_SUPERDESK_SECRET", "superdesk-secret"));
        }
        return ServiceProcess.start(service, config.serviceJar(service), port(service.port()), environment,
                config.home(), logFile(service));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /**
     * Hands a started part to {@code record}, so that {@link #close()} stops it; if close() already ran
     * (a shutdown while starting), stops the part at once and fails the start instead.
     */
    private synchronized <T extends AutoCloseable> void adopt(T part, Consumer<T> record) {
        if (closed) {
            try {
                part.close();
            } catch (Exception e) {
                // the start fails anyway; the part's own log says more
            }
            throw new StackStartException("stopped while starting");
        }
        record.accept(part);
    }

    private static <T> T joinUnwrapped(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
