package io.herald.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.herald.devstack.KafkaBroker;
import io.herald.devstack.PostgresServer;
import io.herald.events.ArticleSubmitted;
import io.herald.events.EventContract;

/**
 * The catalog's persist-and-index rate against a raw JDBC batch insert of the same rows into the same PostgreSQL,
 * alternately for some rounds (medians compared), then search latency over a catalog of generated Chinese
 * articles. Run it with {@code bench/run-catalog.sh}.
 */
public final class CatalogBenchmark {

    static final String USAGE = "arguments (all optional): events=20000 rounds=3 search-articles=100000 "
            + "search-warm-up=1000 queries=1000 (0: no search) repository=.";
    private static final int PARTITIONS = 6;
    private static final int WARM_UP_EVENTS = 5_000;
    /** Articles are written to the topic in chunks of this many while the search catalog is filled. */
    private static final int FILL_CHUNK = 10_000;

    private CatalogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchArguments.parse(args, Map.of("events", "20000", "rounds", "3",
                "search-articles", "100000", "search-warm-up", "1000", "queries", "1000", "repository", "."), USAGE);
        int events = Integer.parseInt(options.get("events"));
        int rounds = Integer.parseInt(options.get("rounds"));
        int searchArticles = Integer.parseInt(options.get("search-articles"));
        int searchWarmUp = Integer.parseInt(options.get("search-warm-up"));
        int queries = Integer.parseInt(options.get("queries"));
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
            System.out.printf("Broker %s, %s with %d partitions; %d events per round, %d rounds; work files in %s%n",
                    broker.bootstrapServers(), EventContract.ARTICLES_SUBMITTED, PARTITIONS, events, rounds, work);

            try (BenchService catalog = BenchService.start("catalog-service", repository, work, broker, postgres, "catalog", Map.of());
                    ArticlesTopicWriter topic = new ArticlesTopicWriter(broker.bootstrapServers());
                    AppliedEvents progress = new AppliedEvents("the catalog", postgres.jdbcUrl("catalog"), catalog.logFile())) {
                catalog.awaitReady(client);
                // The catalog goes first in each round: the baseline inserts the search vectors it stored.
                List<ArticleSubmitted> warmUp = articles.articles(0, WARM_UP_EVENTS);
                topic.write(warmUp);
                int next = WARM_UP_EVENTS;
                progress.awaitApplied(next);
                RawCatalogInsert.measure(postgres.jdbcUrl("raw"), warmUp, RawCatalogInsert.searchVectors(postgres.jdbcUrl("catalog"), ids(warmUp)));

                double[] raw = new double[rounds];
                double[] persisted = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    List<ArticleSubmitted> batch = articles.articles(next, events);
                    long start = System.nanoTime();
                    topic.write(batch);
                    next += events;
                    persisted[round] = events / ((progress.awaitApplied(next) - start) / 1e9);
                    raw[round] = RawCatalogInsert.measure(postgres.jdbcUrl("raw"), batch,
                            RawCatalogInsert.searchVectors(postgres.jdbcUrl("catalog"), ids(batch)));
                    System.out.printf("round %d: raw JDBC %.0f events/s, catalog %.0f events/s%n", round + 1, raw[round],
                            persisted[round]);
                }

                SearchLatency.Result search = null;
                if (queries > 0) {
                    while (next < searchArticles) {
                        int chunk = Math.min(FILL_CHUNK, searchArticles - next);
                        topic.write(articles.articles(next, chunk));
                        next += chunk;
                        progress.awaitApplied(next);
                        System.out.printf("search catalog: %d articles%n", next);
                    }
                    if (searchWarmUp > 0) {
                        // other words than the measured queries: warms the JIT and PostgreSQL's caches, not answers
                        SearchLatency.Result cold = SearchLatency.run(client, catalog.baseUrl(), articles, searchWarmUp);
                        System.out.printf("search warm-up, %d queries just after the catalog was filled: p50 %.1f ms, "
                                + "p99 %.1f ms%n", cold.queries(), cold.p50Millis(), cold.p99Millis());
                    }
                    search = SearchLatency.run(client, catalog.baseUrl(), articles, queries);
                }

                System.out.println();
                System.out.printf("raw JDBC batch insert of the catalog's rows, median:  %8.0f events/s%n", Statistics.median(raw));
                System.out.printf("catalog persist + index (from the topic), median:     %8.0f events/s%n",
                        Statistics.median(persisted));
                System.out.printf("catalog / raw: %.0f %% (target >= 40 %%)%n", 100 * Statistics.median(persisted) / Statistics.median(raw));
                if (search != null) {
                    System.out.printf("search over %d articles, %d queries one at a time: p50 %.1f ms, p99 %.1f ms "
                            + "(target p99 <= 50 ms), %d not answered 200%n", next, search.queries(), search.p50Millis(),
                            search.p99Millis(), search.failed());
                }
            }
        }
    }

    private static List<String> ids(List<ArticleSubmitted> articles) {
        return articles.stream().map(ArticleSubmitted::articleId).toList();
    }
}
