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
 * Ingest's bulk rate against the broker's raw producer rate, and single-article POST latency, in one run on
 * one real broker (devstack's {@link KafkaBroker}). Run it with {@code bench/run-ingest.sh}.
 */
public final class IngestBenchmark {

    static final int PARTITIONS = 6;
    static final String RAW_TOPIC = "bench.raw";
    static final String INGEST_DATABASE = "ingest";
    /** Bulk lines sent before the measured request, so the measured one does not pay for a cold JVM. */
    static final int WARM_UP_LINES = 10_000;
    static final String API_KEY = "bench-key";

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Path work = Files.createDirectories(options.repository().resolve("bench/target/run-" + System.currentTimeMillis()));
        Path bulkFile = work.resolve("bulk.ndjson");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        try (KafkaBroker broker = KafkaBroker.start(work.resolve("kafka"), PARTITIONS, options.brokerFlush());
                PostgresServer postgres = PostgresServer.start(work, work.resolve("postgres"), 0)) {
            postgres.createDatabase(INGEST_DATABASE);
            broker.createTopics(List.of(RAW_TOPIC, EventContract.ARTICLES_SUBMITTED), PARTITIONS);
            System.out.printf("Broker %s (flush: %s); topics %s and %s with %d partitions; %d records, %d rounds; work files in %s%n",
                    broker.bootstrapServers(), options.brokerFlush().label(), RAW_TOPIC, EventContract.ARTICLES_SUBMITTED, PARTITIONS,
                    options.records(), options.rounds(), work);

            try (BenchService ingest = BenchService.start("ingest-service", options.ingestJar(), Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(INGEST_DATABASE),
                    "QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", "",
                    "HERALD_INGEST_SOURCES_DEMO_API_KEY", API_KEY,
                    // one bulk request carries every record (50,000 × 2 KB by default)
                    "QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", "1G"), work.resolve("ingest-service.log"))) {
                ingest.awaitReady(client);
                bulkRate(client, ingest, bulkFile, WARM_UP_LINES);

                // Alternating the two and comparing medians keeps one disturbed round (the machine is shared by
                // the broker, the service and this client) from deciding the ratio.
                double[] raw = new double[options.rounds()];
                double[] bulk = new double[options.rounds()];
                for (int round = 0; round < options.rounds(); round++) {
                    raw[round] = RawProducerRate.measure(broker.bootstrapServers(), RAW_TOPIC, options.records(),
                            options.recordSize());
                    bulk[round] = bulkRate(client, ingest, bulkFile, options.records());
                    System.out.printf("round %d: raw %.0f records/s, bulk %.0f records/s%n", round + 1, raw[round],
                            bulk[round]);
                }
                SinglePostLoad.Result single = SinglePostLoad.run(client, ingest.baseUrl(),
                        new BenchArticles("single-" + UUID.randomUUID()), options.singleRate(), options.singleSeconds());

                System.out.println();
                System.out.printf("raw producer (ProducerPerformance, %d B records, acks=all), median: %10.0f records/s%n",
                        options.recordSize(), Statistics.median(raw));
                System.out.printf("ingest bulk  (POST /articles/bulk, %d B articles), median:       %10.0f records/s%n",
                        Files.size(bulkFile) / options.records(), Statistics.median(bulk));
                System.out.printf("bulk / raw: %.0f %% (target >= 50 %%)%n", 100 * Statistics.median(bulk) / Statistics.median(raw));
                System.out.printf("single POST /articles at %d/s for %d s: %.0f accepted/s, p50 %.1f ms, p99 %.1f ms "
                                + "(%d accepted, %d failed, %d not sent)%n",
                        options.singleRate(), options.singleSeconds(), single.perSecond(), single.p50Millis(),
                        single.p99Millis(), single.accepted(), single.failed(), single.notSent());
            }
        } finally {
            Files.deleteIfExists(bulkFile);
        }
    }

    /** Writes {@code lines} new articles (their own source ids) to {@code file} and posts them in one bulk request. */
    private static double bulkRate(HttpClient client, BenchService ingest, Path file, int lines) throws Exception {
        new BenchArticles("bulk-" + UUID.randomUUID()).writeNdjson(file, lines);
        return BulkRate.measure(client, ingest.baseUrl(), file, lines);
    }
}
