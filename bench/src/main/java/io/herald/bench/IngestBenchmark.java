package io.herald.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    static final int WARM_UP_LINES = 2_000;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Path work = Files.createDirectories(options.repository().resolve("bench/target/run-" + System.currentTimeMillis()));
        BenchArticles articles = new BenchArticles("bench-" + UUID.randomUUID());
        Path bulkFile = articles.writeNdjson(work.resolve("bulk.ndjson"), options.records());
        Path warmUpFile = new BenchArticles("warm-up-" + UUID.randomUUID()).writeNdjson(work.resolve("warm-up.ndjson"),
                WARM_UP_LINES);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        try (KafkaBroker broker = KafkaBroker.start(work.resolve("kafka"), PARTITIONS);
                PostgresServer postgres = PostgresServer.start(work, work.resolve("postgres"), 0)) {
            postgres.createDatabase(INGEST_DATABASE);
            broker.createTopics(List.of(RAW_TOPIC, EventContract.ARTICLES_SUBMITTED), PARTITIONS);
            System.out.printf("Broker %s; topics %s and %s with %d partitions; %d records; work files in %s%n",
                    broker.bootstrapServers(), RAW_TOPIC, EventContract.ARTICLES_SUBMITTED, PARTITIONS,
                    options.records(), work);

            double raw = RawProducerRate.measure(broker.bootstrapServers(), RAW_TOPIC, options.records(),
                    options.recordSize());

            try (IngestProcess ingest = IngestProcess.start(options.ingestJar(), broker.bootstrapServers(),
                    postgres.jdbcUrl(INGEST_DATABASE), work.resolve("ingest-service.log"))) {
                ingest.awaitReady(client);
                BulkRate.measure(client, ingest.baseUrl(), warmUpFile, WARM_UP_LINES);
                double bulk = BulkRate.measure(client, ingest.baseUrl(), bulkFile, options.records());
                SinglePostLoad.Result single = SinglePostLoad.run(client, ingest.baseUrl(), articles,
                        options.singleRate(), options.singleSeconds());

                System.out.println();
                System.out.printf("raw producer (ProducerPerformance, %d B records, acks=all): %10.0f records/s%n",
                        options.recordSize(), raw);
                System.out.printf("ingest bulk  (POST /articles/bulk, %d B articles):        %10.0f records/s%n",
                        Files.size(bulkFile) / options.records(), bulk);
                System.out.printf("bulk / raw: %.0f %% (target >= 50 %%)%n", 100 * bulk / raw);
                System.out.printf("single POST /articles at %d/s for %d s: %.0f accepted/s, p50 %.1f ms, p99 %.1f ms "
                                + "(%d accepted, %d failed, %d not sent)%n",
                        options.singleRate(), options.singleSeconds(), single.perSecond(), single.p50Millis(),
                        single.p99Millis(), single.accepted(), single.failed(), single.notSent());
            }
        } finally {
            Files.deleteIfExists(bulkFile);
            Files.deleteIfExists(warmUpFile);
        }
    }
}
