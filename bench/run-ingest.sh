#!/usr/bin/env sh
# Ingest benchmark: builds ingest-service and the bench (tests skipped), then runs, on one embedded broker,
# Kafka's ProducerPerformance and one bulk request of the same records, alternately for some rounds (medians
# compared), then a fixed-rate single-POST load.
# Arguments (all optional): records=50000 record-size=2048 rounds=3 single-rate=200 single-seconds=20
#   broker-flush=page-cache (Kafka's default) or every-message (log.flush.interval.messages=1)
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -ntp -pl bench -am -DskipTests package
exec java -Xmx2g -cp "bench/target/herald-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
  io.herald.bench.IngestBenchmark repository=. "$@"
