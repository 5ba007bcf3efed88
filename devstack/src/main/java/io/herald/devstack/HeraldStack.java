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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import io.herald.events.EventContract;

/**
 * The whole local Herald: a persistent Kafka broker and PostgreSQL under one home directory, Herald's
 * topics and databases, and the services as child processes, everything listening on the configured
 * address only. Used by the launcher (fixed ports) and by end-to-end tests (free ports).
 *
 * <p>The child processes (services and PostgreSQL) die with this JVM even when it is killed with SIGKILL
 * (see {@link OrphanGuard}); should they survive anyway, the next stack on the same home stops them first.
 *
 * <p>{@link #close()} may be called from another thread (a shutdown hook) while {@link #start()} runs:
 * whatever started is stopped and {@code start()} then fails.
 */
public final class HeraldStack implements AutoCloseable {

    /** The WeChat channel's API address; when it is set, the channel's accounts come from the environment too. */
    private static final String WECHAT_API_URL = "HERALD_WECHAT_API_URL";
    /** The sandbox's demo official account (its defaults), which the channel publishes to when no WeChat is given. */
    private static final String SANDBOX_DEMO_APP_ID = "wx0000000000demo0";
    private static final String SANDBOX_DEMO_APP_SECRET = "demo-app-secret";

    private final StackConfig config;
    private final Map<StackPort, Integer> ports;
    private final ServicePidFiles pidFiles;
    private final Map<HeraldService, Map<String, String>> serviceSettings;
    private final ServiceCommand command;
    // written under this' lock (see adopt), read by close()
    private OrphanGuard guard;
    private KafkaServer kafka;
    private PostgresServer postgres;
    private final List<ServiceProcess> services = new ArrayList<>();
    private ServiceSupervisor supervisor;
    private boolean closed;

    /**
     * Checks that the service jars and their JVM settings ({@link ServiceCommand#OPTIONS_FILE}) exist, stops the services and PostgreSQL that an earlier stack on the same
     * home left running (its launcher was killed), and checks that every port is free (choosing free ports for
     * 0); starts nothing.
     *
     * @throws StackStartException   if a service jar or the JVM settings are missing
     * @throws PortConflictException if a port is taken or given twice
     */
    public HeraldStack(StackConfig config) {
        this(config, Map.of());
    }

    /**
     * As {@link #HeraldStack(StackConfig)}, with {@code serviceSettings} (environment variables by service) given to
     * the services named, over the stack's own: what a benchmark changes. An empty value unsets a setting (Quarkus
     * reads an empty value as none).
     */
    public HeraldStack(StackConfig config, Map<HeraldService, Map<String, String>> serviceSettings) {
        this.config = config;
        this.serviceSettings = Map.copyOf(serviceSettings);
        this.pidFiles = new ServicePidFiles(config);
        requireServiceJars();
        this.command = ServiceCommand.inRepository(config.repository());
        pidFiles.stopLeftovers();
        StalePostmaster.stopIfRunning(config.postgresDirectory());
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
            adopt(OrphanGuard.start(), started -> guard = started);
            startKafkaAndPostgres();
            for (HeraldService service : HeraldService.values()) {
                adopt(startService(service, false), services::add);
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
        return process(service).baseUrl();
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

    /** The service's current process (another one after each restart). */
    public synchronized ServiceProcess process(HeraldService service) {
        return services.stream().filter(running -> running.service() == service).findFirst().orElseThrow();
    }

    /**
     * From now on, a service that exits is started again after a backoff (1 s, doubling up to 30 s), and the
     * other services keep running; each exit, restart and return to readiness is reported to {@code console}.
     * Call after {@link #start()}.
     */
    public synchronized void superviseServices(Consumer<String> console) {
        if (closed || supervisor != null) {
            throw new IllegalStateException(closed ? "the stack is closed" : "the services are supervised already");
        }
        supervisor = new ServiceSupervisor(this::restartService, console, config.readyTimeout());
        services.forEach(supervisor::supervise);
    }

    /**
     * Stops {@code service} and starts it again alone, with the same command and settings, while the others keep
     * running; returns its new process without waiting until it is ready. Not while the services are supervised
     * (the supervisor would start it a second time).
     */
    public synchronized ServiceProcess restart(HeraldService service) {
        if (supervisor != null) {
            throw new IllegalStateException("the services are supervised: the supervisor restarts " + service.module());
        }
        process(service).close();
        return restartService(service);
    }

    private synchronized ServiceProcess restartService(HeraldService service) {
        if (closed) {
            throw new StackStartException("the stack is stopping");
        }
        ServiceProcess exited = process(service);
        guard.forget(exited.handle());
        ServiceProcess started = startService(service, true);
        services.set(services.indexOf(exited), started);
        return started;
    }

    /** Stops the services, then Kafka, then PostgreSQL. Safe to call twice and from another thread. */
    @Override
    public void close() {
        List<ServiceProcess> runningServices;
        KafkaServer runningKafka;
        PostgresServer runningPostgres;
        OrphanGuard runningGuard;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (supervisor != null) {
                supervisor.close();
            }
            runningServices = List.copyOf(services);
            runningKafka = kafka;
            runningPostgres = postgres;
            runningGuard = guard;
        }
        try {
            ServiceProcess.stopAll(runningServices);
            for (ServiceProcess service : runningServices) {
                runningGuard.forget(service.handle());
                pidFiles.remove(service.service());
            }
            stopKafkaAndPostgres(runningKafka, runningPostgres, runningGuard);
        } finally {
            // Signals whatever did not stop in order.
            if (runningGuard != null) {
                runningGuard.close();
            }
        }
    }

    private static void stopKafkaAndPostgres(KafkaServer runningKafka, PostgresServer runningPostgres, OrphanGuard runningGuard) {
        try {
            if (runningKafka != null) {
                runningKafka.close();
            }
        } finally {
            if (runningPostgres != null) {
                ProcessHandle postmaster = runningPostgres.postmaster();
                try {
                    runningPostgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
                }
                runningGuard.forget(postmaster);
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
        CompletableFuture<PostgresServer> postgresStart = CompletableFuture.supplyAsync(
                () -> startPostgres(config, port(StackPort.POSTGRES)));
        try {
            adopt(KafkaServer.start(config.kafkaDirectory(), config.bindAddress(), port(StackPort.KAFKA),
                    port(StackPort.KAFKA_CONTROLLER), EventContract.DEFAULT_PARTITIONS), started -> kafka = started);
        } finally {
            adopt(joinUnwrapped(postgresStart), started -> {
                postgres = started;
                guard.shutDownWithThisJvm(started.postmaster());
            });
        }
        TopicAdmin.createMissing(kafkaBootstrapServers(), HeraldTopics.all());
        for (HeraldService service : HeraldService.values()) {
            service.database().ifPresent(postgres::createDatabase);
        }
    }

    /** The stack's PostgreSQL: every commit on the disk before it is acknowledged, on the configured address only. */
    static PostgresServer startPostgres(StackConfig config, int port) {
        return PostgresServer.start(config.postgresBinariesDirectory(), config.postgresDirectory(), port,
                PostgresServer.Durability.DURABLE, Optional.of(config.bindAddress()));
    }

    /** Starts {@code service}, watched by the guard and recorded in its pid file. */
    private ServiceProcess startService(HeraldService service, boolean restart) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_HOST", config.bindAddress());
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port(service.port())));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        service.database().ifPresent(database -> {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database));
            environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
            // zonky's initdb uses trust authentication: any password, or none, is accepted.
            environment.put("QUARKUS_DATASOURCE_PASSWORD", "");
        });
        if (!service.standIn()) {
            // where its spans go (service-support's herald.tracing), whatever the launcher's environment says
            environment.put(StackTracing.VARIABLE, config.tracing().configName());
        }
        if (service == HeraldService.INGEST) {
            // The embedded default's development credentials: source "demo" and Superdesk.
            environment.put("HERALD_INGEST_SOURCES_DEMO_API_KEY", envOr("HERALD_DEMO_KEY", "demo-key"));
            environment.put("HERALD_INGEST_SUPERDESK_SECRET", envOr("HERALD_SUPERDESK_SECRET", "superdesk-secret"));
        }
        if (service == HeraldService.CATALOG || service == HeraldService.RENDER || service == HeraldService.WECHAT) {
            // the keys of their operator endpoints
            environment.put("HERALD_OPERATOR_KEYS", config.operatorKeys());
        }
        if (service == HeraldService.WECHAT_SANDBOX) {
            environment.put("HERALD_WECHAT_SANDBOX_PUBLIC_BASE_URL", addressOf(service));
            // its images, drafts and published articles survive a restart, as the channel's records of them do
            environment.put("HERALD_WECHAT_SANDBOX_DATA_DIR", config.wechatSandboxDirectory().toString());
            // the key of its switches (faults, callback, reset)
            environment.put("HERALD_WECHAT_SANDBOX_OPERATOR_KEY", config.operatorKey());
        }
        if (service == HeraldService.WECHAT && System.getenv(WECHAT_API_URL) == null) {
            // No real WeChat given: the channel publishes to the sandbox's demo account.
            environment.put(WECHAT_API_URL, addressOf(HeraldService.WECHAT_SANDBOX));
            environment.put("HERALD_WECHAT_ACCOUNTS_DEMO_APP_ID", SANDBOX_DEMO_APP_ID);
            environment.put("HERALD_WECHAT_ACCOUNTS_DEMO_APP_SECRET", SANDBOX_DEMO_APP_SECRET);
            // so that the sandbox shows each article as published, as readers would see it
            environment.put("HERALD_WECHAT_ACCOUNTS_DEMO_POLICY", "publish");
            // the cover of articles without a picture (WeChat requires one): render's plain default cover
            environment.put("HERALD_WECHAT_ACCOUNTS_DEMO_DEFAULT_COVER",
                    addressOf(HeraldService.RENDER) + "/static/default-cover.png");
        }
        if (service == HeraldService.CONSOLE) {
            // the console: its login takes the operator key; it calls the services with the same key
            environment.put("HERALD_OPERATOR_KEYS", config.operatorKeys());
            environment.put("HERALD_CONSOLE_SERVICES_OPERATOR_KEY", config.operatorKey());
            environment.put("HERALD_CONSOLE_SERVICES_CATALOG_URL", addressOf(HeraldService.CATALOG));
            environment.put("HERALD_CONSOLE_SERVICES_RENDER_URL", addressOf(HeraldService.RENDER));
            environment.put("HERALD_CONSOLE_SERVICES_WECHAT_URL", addressOf(HeraldService.WECHAT));
        }
        environment.putAll(serviceSettings.getOrDefault(service, Map.of()));
        ServiceProcess started = ServiceProcess.start(service, command.forJar(service.module(), config.serviceJar(service)),
                config.clientHost(), port(service.port()), environment, logFile(service), restart);
        guard.killWithThisJvm(started.handle());
        pidFiles.record(service, started.handle());
        return started;
    }

    /** Where {@code service} answers, also before it started. */
    private String addressOf(HeraldService service) {
        return "http://" + config.clientHost() + ":" + port(service.port());
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
