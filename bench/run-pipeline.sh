#!/usr/bin/env sh
# Pipeline benchmark: builds the services and the bench (tests skipped), then starts the stack ./herald up runs (its
# Kafka broker and PostgreSQL, every service as its own JVM) on free ports under a fresh bench/target/pipeline-run-*,
# bulk-posts generated Chinese articles after a warm-up and measures until every one is in the catalog, rendered and
# drafted in the WeChat sandbox; baseline: a raw JDBC batch insert of the same catalog rows. Stops everything it
# started; writes bench/target/pipeline-<time>.md (figures) and .svg (lag over time).
# Arguments (all optional): articles=20000 warm-up=2000 sandbox-state=memory (or file)
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -ntp -pl bench -am -DskipTests package
exec java -Xmx2g -cp "bench/target/herald-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
  io.herald.bench.PipelineBenchmark repository=. "$@"
