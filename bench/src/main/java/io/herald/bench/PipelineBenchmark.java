package io.herald.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import io.herald.devstack.HeraldService;
import io.herald.devstack.HeraldStack;
import io.herald.devstack.PostgresServer;
import io.herald.devstack.StackConfig;

/**
 * The whole pipeline under load: the stack {@code ./herald up} runs (its Kafka broker and PostgreSQL, each service
 * as its own JVM from its built jar, the WeChat channel drafting into the sandbox), started on free ports under a
 * fresh home in {@code bench/target}, takes one bulk post of generated Chinese articles after a warm-up; the run is
 * watched until every article is in the catalog, rendered and drafted, then each one is looked up in the services'
 * APIs. The baseline, in the same run on the same PostgreSQL: a raw JDBC batch insert of the same catalog rows with
 * their search vectors (the slowest raw stage). Writes the figures (Markdown) and the lag chart (SVG) to
 * {@code bench/target/pipeline-<time>.md} and {@code .svg}. Run it with {@code bench/run-pipeline.sh}.
 */
public final class PipelineBenchmark {

    static final String USAGE = "arguments (all optional): articles=20000 warm-up=2000 sandbox-state=memory (or file, "
            + "as ./herald up keeps it) repository=.";
    /** The source {@code ./herald up} configures, and its key unless {@value #DEMO_KEY_VARIABLE} says another. */
    private static final String SOURCE = "demo";
    private static final String DEMO_KEY_VARIABLE = "HERALD_DEMO_KEY";
    private static final String DEMO_KEY = "demo-key";
    /**
     * The sandbox's daily quota of draft/add and freepublish/submit calls: WeChat's 1,000 would pause the channel's
     * account after the first few hundred articles.
     */
    private static final Map<String, String> SANDBOX_QUOTA = Map.of("HERALD_WECHAT_SANDBOX_PUBLISH_DAILY_LIMIT",
            String.valueOf(Integer.MAX_VALUE));
    /**
     * The sandbox keeps its state in memory only: with a data directory (./herald up's) it rewrites its whole state
     * file, every draft and publication in it, after each change, so that each draft costs more than the one before.
     */
    private static final Map<String, String> SANDBOX_IN_MEMORY = Map.of("HERALD_WECHAT_SANDBOX_DATA_DIR", "");
    private static final String DRAFTED_QUERY = "select count(*) from delivery where drafted_revision is not null";
    private static final String RAW_DATABASE = "bench_raw";
    private static final String WARM_UP_FILE = "warm-up.ndjson";
    private static final String ARTICLES_FILE = "articles.ndjson";
    /** Six JVMs starting at once on a busy 2-core machine take a while. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchArguments.parse(args,
                Map.of("articles", "20000", "warm-up", "2000", "sandbox-state", "memory", "repository", "."), USAGE);
        int articles = Integer.parseInt(options.get("articles"));
        int warmUp = Integer.parseInt(options.get("warm-up"));
        Path repository = Path.of(options.get("repository")).toAbsolutePath().normalize();
        Map<String, String> sandbox = new HashMap<>(SANDBOX_QUOTA);
        switch (options.get("sandbox-state")) {
            case "memory" -> sandbox.putAll(SANDBOX_IN_MEMORY);
            case "file" -> {
            }
            default -> throw new IllegalArgumentException("sandbox-state is memory or file; " + USAGE);
        }
        long runStart = System.nanoTime();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = repository.resolve("bench/target");
        StackConfig config = StackConfig.onFreePorts(target.resolve("pipeline-run-" + stamp), repository)
                .withReadyTimeout(READY_TIMEOUT);
        Files.createDirectories(config.logDirectory());
        // Kafka, in this JVM as in the launcher's, logs there rather than here.
        System.setProperty("org.slf4j.simpleLogger.logFile", config.logDirectory().resolve("devstack.log").toString());

        HeraldStack stack = new HeraldStack(config, Map.of(HeraldService.WECHAT_SANDBOX, sandbox));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "pipeline-benchmark-stop"));
        Path chart = target.resolve("pipeline-" + stamp + ".svg");
        PipelineReport report;
        try (stack) {
            System.out.printf("Starting Kafka, PostgreSQL and the services under %s ...%n", config.home());
            stack.start();
            System.out.printf("Stack up after %.0f s; %,d articles after a warm-up of %,d%n",
                    (System.nanoTime() - runStart) / 1e9, articles, warmUp);
            report = run(stack, config, articles, warmUp, stamp, chart);
        }
        deleteData(config);
        Path figures = target.resolve("pipeline-" + stamp + ".md");
        Files.writeString(figures, report.markdown(chart.getFileName().toString()));
        System.out.println();
        System.out.print(report.markdown("bench/results/pipeline.svg"));
        System.out.printf("%nFigures: %s, chart: %s (logs in %s); the run took %.0f s%n", figures, chart,
                config.logDirectory(), (System.nanoTime() - runStart) / 1e9);
    }

    /** Warms up, measures, checks, measures the baseline; writes the chart to {@code chart}. */
    private static PipelineReport run(HeraldStack stack, StackConfig config, int articles, int warmUp, String stamp,
            Path chart) throws Exception {
        Path home = config.home();
        GeneratedArticles generated = new GeneratedArticles("pipeline-" + stamp);
        List<String> warmUpIds = IngestLines.write(home.resolve(WARM_UP_FILE), generated, 0, warmUp, SOURCE);
        List<String> ids = IngestLines.write(home.resolve(ARTICLES_FILE), generated, warmUp, articles, SOURCE);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI ingest = stack.baseUrl(HeraldService.INGEST);
        String key = System.getenv().getOrDefault(DEMO_KEY_VARIABLE, DEMO_KEY);

        try (AppliedEvents catalog = new AppliedEvents("catalog-service", stack.jdbcUrl("catalog"),
                        stack.logFile(HeraldService.CATALOG));
                AppliedEvents render = new AppliedEvents("render-service", stack.jdbcUrl("render"),
                        stack.logFile(HeraldService.RENDER));
                AppliedEvents drafted = new AppliedEvents("wechat-service", stack.jdbcUrl("wechat"), DRAFTED_QUERY,
                        stack.logFile(HeraldService.WECHAT));
                ConsumerLag lag = new ConsumerLag(stack.kafkaBootstrapServers())) {
            if (warmUp > 0) {
                BulkRate.measure(client, ingest, key, home.resolve(WARM_UP_FILE), warmUp);
                for (AppliedEvents stage : List.of(catalog, render, drafted)) {
                    stage.awaitApplied(warmUp);
                }
                System.out.printf("Warm-up of %,d articles done through every stage%n", warmUp);
            }
            PipelineWatch watch = new PipelineWatch(List.of(
                    new PipelineWatch.Stage(PipelineWatch.CATALOG, catalog, catalog.applied()),
                    new PipelineWatch.Stage(PipelineWatch.RENDERED, render, render.applied()),
                    new PipelineWatch.Stage(PipelineWatch.DRAFTED, drafted, drafted.applied())), lag);
            double loadBefore = loadAverage();
            ExecutorService watcher = Executors.newSingleThreadExecutor();
            long start = System.nanoTime();
            Future<PipelineWatch.Result> watched = watcher.submit(() -> watch.watch(start, articles));
            double ingestRate;
            PipelineWatch.Result result;
            try {
                ingestRate = BulkRate.measure(client, ingest, key, home.resolve(ARTICLES_FILE), articles);
                System.out.printf("Ingest accepted every article after %.1f s; watching the stages ...%n",
                        articles / ingestRate);
                result = watched.get();
            } finally {
                watcher.shutdownNow();
            }
            double loadAfter = loadAverage();

            EveryArticleShown.check(client, stack.baseUrl(HeraldService.CATALOG), stack.baseUrl(HeraldService.RENDER),
                    stack.baseUrl(HeraldService.WECHAT), ids);
            System.out.printf("Every article is served by the catalog, rendered and in a WeChat draft%n");
            double rawRate = rawCatalogInsert(stack, config.repository(), warmUpIds, ids);

            Map<String, Double> seconds = new LinkedHashMap<>();
            seconds.put(PipelineReport.INGESTED, articles / ingestRate);
            seconds.putAll(result.doneSeconds());
            PipelineReport report = new PipelineReport(articles, seconds, rawRate, loadBefore, loadAfter);
            String title = String.format("Herald pipeline: %,d articles, %,.0f articles/s end to end; consumer lag over time",
                    articles, report.endToEndRate());
            LagChart.write(chart, title, result.series(), result.samples(), seconds);
            return report;
        }
    }

    /**
     * Inserts the rows the catalog wrote for {@code ids} (after those of {@code warmUpIds}, unmeasured) into a
     * scratch database with the catalog's schema on the stack's PostgreSQL; returns articles per second.
     */
    private static double rawCatalogInsert(HeraldStack stack, Path repository, List<String> warmUpIds, List<String> ids)
            throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl("postgres"), PostgresServer.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + RAW_DATABASE);
        }
        String raw = stack.jdbcUrl(RAW_DATABASE);
        String catalog = stack.jdbcUrl("catalog");
        RawCatalogInsert.createSchema(raw, repository.resolve("catalog-service/src/main/resources/db/migration"));
        if (!warmUpIds.isEmpty()) {
            RawCatalogInsert.measure(raw, RawCatalogInsert.storedEvents(catalog, warmUpIds),
                    RawCatalogInsert.searchVectors(catalog, warmUpIds));
        }
        return RawCatalogInsert.measure(raw, RawCatalogInsert.storedEvents(catalog, ids),
                RawCatalogInsert.searchVectors(catalog, ids));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Everything the run stored but its logs. */
    private static void deleteData(StackConfig config) throws IOException {
        for (Path data : List.of(config.kafkaDirectory(), config.postgresDirectory(), config.postgresBinariesDirectory(),
                config.wechatSandboxDirectory(), config.pidDirectory())) {
            if (Files.exists(data)) {
                try (Stream<Path> files = Files.walk(data)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
        Files.deleteIfExists(config.home().resolve(WARM_UP_FILE));
        Files.deleteIfExists(config.home().resolve(ARTICLES_FILE));
    }
}
