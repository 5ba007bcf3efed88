package io.herald.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.herald.devstack.HeraldService;
import io.herald.devstack.PostgresServer;
import io.herald.devstack.StackConfig;

/**
 * A Herald stack for one fault scenario: {@code N} Kafka brokers in this JVM, one PostgreSQL and any number of
 * instances of each service, each its built jar on a free port, configured through the environment the way the
 * launcher configures them. Instances of one service share its consumer group and its database.
 */
final class FaultStack implements AutoCloseable {

    /** The development credentials the launcher gives ingest's source {@code demo} and Superdesk. */
    static final String DEMO_API_KEY = "demo-key";
    static final String SUPERDESK_SECRET = "superdesk-secret";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    /**
     * The services the pipeline scenarios run and check: ingest, catalog and render. The WeChat channel's own faults
     * (tokens expiring, quota, review rejection) are wechat-service's tests; {@link #WITH_WECHAT} adds the channel
     * for the scenario that kills it while it delivers.
     */
    private static final Set<HeraldService> PIPELINE = EnumSet.of(HeraldService.INGEST, HeraldService.CATALOG,
            HeraldService.RENDER);
    /** The pipeline and the WeChat channel: wechat-service delivering to the sandbox's demo account. */
    static final Set<HeraldService> WITH_WECHAT = EnumSet.range(HeraldService.INGEST, HeraldService.WECHAT);
    /** The one account wechat-service delivers to, named as devstack names it; policy draft: one draft per article. */
    static final String WECHAT_ACCOUNT = "demo";
    /** The sandbox's demo official account (its defaults; devstack's {@code HeraldStack} keeps its copy private). */
    static final String WECHAT_APP_ID = "wx0000000000demo0";
    static final String WECHAT_APP_SECRET = "demo-app-secret";
    /**
     * How long the group waits for a killed consumer before its partitions go to the others (Kafka's default is
     * 45 s); the scenarios kill instances, and a short session keeps the module quick. A system property: an
     * environment variable cannot name a channel attribute unambiguously ({@code articles-submitted}).
     */
    private static final String SESSION_TIMEOUT = "-Dmp.messaging.incoming.%s.session.timeout.ms=10000";
    /**
     * How long wechat-service holds an article while it calls WeChat (5 min by default): a killed instance's article
     * waits this long before the restarted one takes it.
     */
    private static final String WECHAT_DELIVERY_LEASE = "10s";

    private final Path home;
    private final Path repository;
    private final KafkaCluster kafka;
    private final Database database;
    private final Map<HeraldService, List<ServiceInstance>> instances = new EnumMap<>(HeraldService.class);
    /** Leaves no service running when the test JVM is stopped before {@link #close()}. */
    private final Thread killOnExit = new Thread(this::killEverything);

    private FaultStack(Path home, Path repository, KafkaCluster kafka, Database database, Set<HeraldService> services) {
        this.home = home;
        this.repository = repository;
        this.kafka = kafka;
        this.database = database;
        for (HeraldService service : services) {
            instances.put(service, new ArrayList<>());
        }
    }

    /** Starts {@code brokers} brokers, PostgreSQL and {@code count} instances of each {@link #PIPELINE} service. */
    static FaultStack start(String scenario, int brokers, Map<HeraldService, Integer> count) throws InterruptedException {
        return start(scenario, brokers, PIPELINE, count);
    }

    /**
     * Starts {@code brokers} brokers, PostgreSQL and {@code count} instances (default one) of each of {@code services}
     * in {@link HeraldService}'s order, and waits until every one is ready.
     */
    static FaultStack start(String scenario, int brokers, Set<HeraldService> services, Map<HeraldService, Integer> count)
            throws InterruptedException {
        Set<HeraldService> inOrder = EnumSet.copyOf(services);
        Path repository = Path.of(System.getProperty("herald.repository"));
        Path home;
        try {
            home = Files.createTempDirectory("faults-" + scenario + "-");
            Files.createDirectories(home.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the scenario's directory", e);
        }
        CompletableFuture<Database> database = CompletableFuture.supplyAsync(() -> Database.start(home));
        KafkaCluster kafka = KafkaCluster.start(home.resolve("kafka"), brokers);
        FaultStack stack = new FaultStack(home, repository, kafka, database.join(), inOrder);
        Runtime.getRuntime().addShutdownHook(stack.killOnExit);
        try {
            List<ServiceInstance> started = new ArrayList<>();
            for (HeraldService service : inOrder) {
                for (int i = 0; i < count.getOrDefault(service, 1); i++) {
                    started.add(stack.launch(service));
                }
            }
            for (ServiceInstance instance : started) {
                instance.awaitReady(READY_TIMEOUT);
            }
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Starts one more instance of {@code service} (not waiting for it to be ready). */
    synchronized ServiceInstance launch(HeraldService service) {
        List<ServiceInstance> running = instances.get(service);
        String name = service.module() + "-" + (running.size() + 1);
        int port = freePort();
        ServiceInstance instance = new ServiceInstance(service, name, jar(service), port, jvmOptions(service),
                environment(service, port), home.resolve("logs"));
        running.add(instance);
        return instance.start();
    }

    synchronized List<ServiceInstance> instances(HeraldService service) {
        return List.copyOf(instances.get(service));
    }

    synchronized List<ServiceInstance> allInstances() {
        return instances.values().stream().flatMap(List::stream).toList();
    }

    List<URI> ingestUrls() {
        return instances(HeraldService.INGEST).stream().map(ServiceInstance::baseUrl).toList();
    }

    KafkaCluster kafka() {
        return kafka;
    }

    Database database() {
        return database;
    }

    private static List<String> jvmOptions(HeraldService service) {
        return switch (service) {
            case CATALOG, RENDER -> List.of(SESSION_TIMEOUT.formatted("articles-submitted"));
            case WECHAT -> List.of(SESSION_TIMEOUT.formatted("articles-rendered"));
            case INGEST, WECHAT_SANDBOX, CONSOLE -> List.of();
        };
    }

    private Map<String, String> environment(HeraldService service, int port) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        service.database().ifPresent(name -> {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(name));
            environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
            environment.put("QUARKUS_DATASOURCE_PASSWORD", "");
        });
        if (service == HeraldService.INGEST) {
            environment.put("HERALD_INGEST_SOURCES_DEMO_API_KEY", DEMO_API_KEY);
            environment.put("HERALD_INGEST_SUPERDESK_SECRET", SUPERDESK_SECRET);
        }
        if (service == HeraldService.WECHAT_SANDBOX) {
            environment.put("HERALD_WECHAT_SANDBOX_PUBLIC_BASE_URL", "http://localhost:" + port);
            // the key of its switches (faults), as devstack gives it
            environment.put("HERALD_WECHAT_SANDBOX_OPERATOR_KEY", StackConfig.DEFAULT_OPERATOR_KEY);
        }
        if (service == HeraldService.WECHAT) {
            // as devstack wires the channel when no real WeChat is given, but with policy draft
            String account = "HERALD_WECHAT_ACCOUNTS_" + WECHAT_ACCOUNT.toUpperCase(Locale.ROOT);
            environment.put("HERALD_WECHAT_API_URL", first(HeraldService.WECHAT_SANDBOX).baseUrl().toString());
            environment.put(account + "_APP_ID", WECHAT_APP_ID);
            environment.put(account + "_APP_SECRET", WECHAT_APP_SECRET);
            environment.put(account + "_POLICY", "draft");
            environment.put(account + "_DEFAULT_COVER",
                    first(HeraldService.RENDER).baseUrl().resolve("/static/default-cover.png").toString());
            environment.put("HERALD_WECHAT_DELIVERY_LEASE", WECHAT_DELIVERY_LEASE);
        }
        return environment;
    }

    /** The first instance of {@code service}, which must have been launched before. */
    private ServiceInstance first(HeraldService service) {
        List<ServiceInstance> running = instances.get(service);
        if (running == null || running.isEmpty()) {
            throw new IllegalStateException(service.module() + " must be started before the services that use it");
        }
        return running.get(0);
    }

    private Path jar(HeraldService service) {
        Path jar = repository.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it with ./mvnw -pl " + service.module()
                    + " -am package -DskipTests");
        }
        return jar;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private void killEverything() {
        allInstances().forEach(ServiceInstance::kill);
        database.kill();
    }

    /** Stops every instance, then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
        allInstances().parallelStream().forEach(ServiceInstance::close);
        try {
            kafka.close();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not stop cleanly", e);
        } finally {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
