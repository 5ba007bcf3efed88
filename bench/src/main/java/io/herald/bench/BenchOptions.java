package io.herald.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What one benchmark run does, from {@code name=value} arguments.
 *
 * @param records      records for the raw producer and lines for the bulk request
 * @param recordSize   bytes of each raw producer record (the bulk articles are about as large)
 * @param singleRate   single-article POSTs per second (open model: sent on schedule, whatever the answers)
 * @param singleSeconds how long the single-article load runs
 * @param rounds       raw and bulk are measured this many times, alternately, and compared by their medians
 * @param repository   the Herald checkout, whose ingest-service/target/quarkus-app/quarkus-run.jar is run
 */
record BenchOptions(int records, int recordSize, int singleRate, int singleSeconds, int rounds, Path repository) {

    static final String USAGE = "arguments (all optional): records=50000 record-size=2048 single-rate=200 "
            + "single-seconds=20 rounds=3 repository=.";

    static BenchOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("'" + arg + "' is not name=value; " + USAGE);
            }
            values.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        BenchOptions options = new BenchOptions(
                Integer.parseInt(values.getOrDefault("records", "50000")),
                Integer.parseInt(values.getOrDefault("record-size", "2048")),
                Integer.parseInt(values.getOrDefault("single-rate", "200")),
                Integer.parseInt(values.getOrDefault("single-seconds", "20")),
                Integer.parseInt(values.getOrDefault("rounds", "3")),
                Path.of(values.getOrDefault("repository", ".")).toAbsolutePath().normalize());
        values.keySet().removeAll(java.util.Set.of("records", "record-size", "single-rate", "single-seconds", "rounds",
                "repository"));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown arguments " + values.keySet() + "; " + USAGE);
        }
        return options;
    }

    Path ingestJar() {
        return repository.resolve("ingest-service/target/quarkus-app/quarkus-run.jar");
    }
}
