package io.herald.bench;

import java.nio.file.Path;
import java.util.Map;

import io.herald.devstack.BrokerFlush;

/**
 * What one benchmark run does, from {@code name=value} arguments.
 *
 * @param records      records for the raw producer and lines for the bulk request
 * @param recordSize   bytes of each raw producer record (the bulk articles are about as large)
 * @param singleRate   single-article POSTs per second (open model: sent on schedule, whatever the answers)
 * @param singleSeconds how long the single-article load runs
 * @param rounds       raw and bulk are measured this many times, alternately, and compared by their medians
 * @param repository   the Herald checkout, whose ingest-service/target/quarkus-app/quarkus-run.jar is run
 * @param brokerFlush  when the broker fsyncs its log: {@code page-cache} (Kafka's default) or {@code every-message}
 */
record BenchOptions(int records, int recordSize, int singleRate, int singleSeconds, int rounds, Path repository,
                    BrokerFlush brokerFlush) {

    static final String USAGE = "arguments (all optional): records=50000 record-size=2048 single-rate=200 "
            + "single-seconds=20 rounds=3 repository=. broker-flush=page-cache (or every-message)";

    static BenchOptions parse(String[] args) {
        Map<String, String> values = BenchArguments.parse(args, Map.of("records", "50000", "record-size", "2048",
                "single-rate", "200", "single-seconds", "20", "rounds", "3", "repository", ".",
                "broker-flush", BrokerFlush.PAGE_CACHE.label()), USAGE);
        return new BenchOptions(
                Integer.parseInt(values.get("records")),
                Integer.parseInt(values.get("record-size")),
                Integer.parseInt(values.get("single-rate")),
                Integer.parseInt(values.get("single-seconds")),
                Integer.parseInt(values.get("rounds")),
                Path.of(values.get("repository")).toAbsolutePath().normalize(),
                BrokerFlush.ofLabel(values.get("broker-flush")));
    }

    Path ingestJar() {
        return repository.resolve("ingest-service/target/quarkus-app/quarkus-run.jar");
    }
}
