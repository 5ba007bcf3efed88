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
import io.herald.events.EventContract;

/**
 * render-service's rate (consume from {@code articles.submitted}, render the web page and the WeChat draft, store
 * the rendition and queue {@code articles.rendered}, one transaction per event) against the raw rendering rate of
 * the same articles in the same run: a dry-run re-render, which renders every stored article with the same
 * templates and renderers and stores nothing. Alternately for some rounds, medians compared. Run it with
 * {@code bench/run-render.sh}.
 */
public final class RenderBenchmark {

    static final String USAGE = "arguments (all optional): events=5000 rounds=3 repository=.";
    private static final int PARTITIONS = 6;
    private static final int WARM_UP_EVENTS = 2_000;

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchArguments.parse(args, Map.of("events", "5000", "rounds", "3",
                "repository", "."), USAGE);
        int events = Integer.parseInt(options.get("events"));
        int rounds = Integer.parseInt(options.get("rounds"));
        Path repository = Path.of(options.get("repository")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(repository.resolve("bench/target/render-run-" + System.currentTimeMillis()));
        GeneratedArticles articles = new GeneratedArticles("render-" + UUID.randomUUID());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        try (KafkaBroker broker = KafkaBroker.start(work.resolve("kafka"), PARTITIONS);
                PostgresServer postgres = PostgresServer.start(work, work.resolve("postgres"), 0)) {
            postgres.createDatabase("render");
            broker.createTopics(List.of(EventContract.ARTICLES_SUBMITTED, EventContract.ARTICLES_RENDERED), PARTITIONS);
            System.out.printf("Broker %s, %s with %d partitions; %d events per round, %d rounds; work files in %s%n",
                    broker.bootstrapServers(), EventContract.ARTICLES_SUBMITTED, PARTITIONS, events, rounds, work);

            // The dry-run re-render is an operator endpoint: this run's own key, named bench in render's log.
            String operatorKey = UUID.randomUUID().toString();
            try (BenchService render = BenchService.start("render-service", repository, work, broker, postgres, "render",
                    Map.of("HERALD_OPERATOR_KEYS", "bench:" + operatorKey));
                    ArticlesTopicWriter topic = new ArticlesTopicWriter(broker.bootstrapServers());
                    AppliedEvents progress = new AppliedEvents("render-service", postgres.jdbcUrl("render"), render.logFile())) {
                render.awaitReady(client);
                DryRunRerender dryRun = new DryRunRerender(client, render.baseUrl(), operatorKey);
                topic.write(articles.articles(0, WARM_UP_EVENTS));
                int next = WARM_UP_EVENTS;
                progress.awaitApplied(next);
                dryRun.articlesPerSecond();

                double[] raw = new double[rounds];
                double[] rendered = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    long start = System.nanoTime();
                    topic.write(articles.articles(next, events));
                    next += events;
                    rendered[round] = events / ((progress.awaitApplied(next) - start) / 1e9);
                    raw[round] = dryRun.articlesPerSecond();
                    System.out.printf("round %d: raw rendering %.0f articles/s, render-service %.0f articles/s%n",
                            round + 1, raw[round], rendered[round]);
                }

                System.out.println();
                System.out.printf("raw rendering (web + WeChat, nothing stored), median:  %8.0f articles/s%n",
                        Statistics.median(raw));
                System.out.printf("render-service (consume, render, store, outbox), median: %8.0f articles/s%n",
                        Statistics.median(rendered));
                System.out.printf("render-service / raw: %.0f %%%n", 100 * Statistics.median(rendered) / Statistics.median(raw));
            }
        }
    }
}
