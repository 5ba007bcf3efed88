package io.herald.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.herald.devstack.KafkaBroker;
import io.herald.devstack.PostgresServer;
import io.herald.events.ArticleSubmitted;
import io.herald.events.EventContract;

/**
 * The catalog's persist-and-index rate against a raw JDBC batch insert of the same rows into the same PostgreSQL,
 * alternately for some rounds (medians compared), and search latency through its HTTP API as its catalog of
 * generated Chinese articles grows (one client, then several). Run it with {@code bench/run-catalog.sh}.
 */
public final class CatalogBenchmark {

    static final String USAGE = "arguments (all optional): events=20000 rounds=3 (0: no persist rate) "
            + "search-sizes=10000,100000,300000 search-warm-up=1000 queries=1000 (0: no search) clients=4 "
            + "article-dates=arrival (or random) repository=.";
    private static final int PARTITIONS = 6;
    private static final int WARM_UP_EVENTS = 5_000;
    /**
     * How often the catalog reads PostgreSQL's word statistics (10 minutes by default): soon enough here that every
     * size is searched with the statistics of that size, as a catalog that grows slower than the refresh is.
     */
    private static final String STATISTICS_REFRESH = "5s";
    /** The search latency target at the largest size, one client. */
    private static final double TARGET_P99_MILLIS = 50;

    private CatalogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Map<String, String> options = BenchArguments.parse(args, Map.of("events", "20000", "rounds", "3",
                "search-sizes", "10000,100000,300000", "search-warm-up", "1000", "queries", "1000", "clients", "4",
                "article-dates", "arrival", "repository", "."), USAGE);
        int events = Integer.parseInt(options.get("events"));
        int rounds = Integer.parseInt(options.get("rounds"));
        List<Integer> sizes = sizes(options.get("search-sizes"));
        int searchWarmUp = Integer.parseInt(options.get("search-warm-up"));
        int queries = Integer.parseInt(options.get("queries"));
        int clients = Integer.parseInt(options.get("clients"));
        boolean inArrivalOrder = arrivalOrder(options.get("article-dates"));
        Path repository = Path.of(options.get("repository")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(repository.resolve("bench/target/catalog-run-" + System.currentTimeMillis()));
        GeneratedArticles articles = new GeneratedArticles("catalog-" + UUID.randomUUID());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        try (KafkaBroker broker = KafkaBroker.start(work.resolve("kafka"), PARTITIONS);
                PostgresServer postgres = PostgresServer.start(work, work.resolve("postgres"), 0)) {
            postgres.createDatabase("catalog");
            postgres.createDatabase("raw");
            broker.createTopics(List.of(EventContract.ARTICLES_SUBMITTED), PARTITIONS);
            RawCatalogInsert.createSchema(postgres.jdbcUrl("raw"),
                    repository.resolve("catalog-service/src/main/resources/db/migration"));
            System.out.printf("Broker %s, %s with %d partitions; %d events per round, %d rounds; search at %s articles;"
                    + " articles dated %s; work files in %s%n", broker.bootstrapServers(),
                    EventContract.ARTICLES_SUBMITTED, PARTITIONS, events, rounds, queries > 0 ? sizes : "no",
                    inArrivalOrder ? "in arrival order" : "at random", work);

            try (BenchService catalog = BenchService.start("catalog-service", repository, work, broker, postgres,
                    "catalog", Map.of("HERALD_CATALOG_SEARCH_STATISTICS_REFRESH", STATISTICS_REFRESH));
                    ArticlesTopicWriter topic = new ArticlesTopicWriter(broker.bootstrapServers());
                    AppliedEvents progress = new AppliedEvents("the catalog", postgres.jdbcUrl("catalog"), catalog.logFile())) {
                catalog.awaitReady(client);
                GrowingCatalog growing = new GrowingCatalog(topic, progress, articles, inArrivalOrder);
                // The catalog goes first in each round: the baseline inserts the search vectors it stored.
                List<ArticleSubmitted> warmUp = growing.next(WARM_UP_EVENTS);
                growing.write(warmUp);
                if (rounds > 0) {
                    RawCatalogInsert.measure(postgres.jdbcUrl("raw"), warmUp,
                            RawCatalogInsert.searchVectors(postgres.jdbcUrl("catalog"), ids(warmUp)));
                }

                SearchBySize search = new SearchBySize(client, catalog.baseUrl(), postgres.jdbcUrl("catalog"), articles,
                        queries, searchWarmUp, clients);
                Deque<Integer> pending = new ArrayDeque<>(queries > 0 ? sizes : List.of());
                List<SearchBySize.Row> searched = new ArrayList<>();
                // sizes the rounds would pass are searched before them
                while (!pending.isEmpty() && pending.peek() < growing.size() + (long) rounds * events) {
                    searched.add(search.measure(growing, pending.pop()));
                }
                double[] raw = new double[rounds];
                double[] persisted = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    List<ArticleSubmitted> batch = growing.next(events);
                    long start = System.nanoTime();
                    persisted[round] = events / ((growing.write(batch) - start) / 1e9);
                    raw[round] = RawCatalogInsert.measure(postgres.jdbcUrl("raw"), batch,
                            RawCatalogInsert.searchVectors(postgres.jdbcUrl("catalog"), ids(batch)));
                    System.out.printf("round %d: raw JDBC %.0f events/s, catalog %.0f events/s%n", round + 1, raw[round],
                            persisted[round]);
                }
                while (!pending.isEmpty()) {
                    searched.add(search.measure(growing, pending.pop()));
                }

                System.out.println();
                if (rounds > 0) {
                    System.out.printf("raw JDBC batch insert of the catalog's rows, median:  %8.0f events/s%n",
                            Statistics.median(raw));
                    System.out.printf("catalog persist + index (from the topic), median:     %8.0f events/s%n",
                            Statistics.median(persisted));
                    System.out.printf("catalog / raw: %.0f %% (target >= 40 %%)%n%n",
                            100 * Statistics.median(persisted) / Statistics.median(raw));
                }
                if (!searched.isEmpty()) {
                    SearchBySize.print(searched, queries);
                    SearchBySize.Row largest = searched.get(searched.size() - 1);
                    System.out.printf("%nsearch p99 at %,d articles, 1 client: %.1f ms (target <= %.0f ms)%n",
                            largest.articles(), largest.one().p99Millis(), TARGET_P99_MILLIS);
                }
                System.out.printf("run took %.0f s%n", (System.nanoTime() - started) / 1e9);
            }
        }
    }

    /** The search sizes, ascending; none is below the warm-up, which every run writes first. */
    private static List<Integer> sizes(String list) {
        List<Integer> sizes = Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).sorted().distinct()
                .toList();
        if (sizes.isEmpty() || sizes.get(0) < WARM_UP_EVENTS) {
            throw new IllegalArgumentException("search-sizes must be at least " + WARM_UP_EVENTS + " each; " + USAGE);
        }
        return sizes;
    }

    private static boolean arrivalOrder(String dates) {
        return switch (dates) {
            case "arrival" -> true;
            case "random" -> false;
            default -> throw new IllegalArgumentException("article-dates is arrival or random; " + USAGE);
        };
    }

    private static List<String> ids(List<ArticleSubmitted> articles) {
        return articles.stream().map(ArticleSubmitted::articleId).toList();
    }
}
