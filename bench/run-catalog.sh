#!/usr/bin/env sh
# Catalog benchmark: builds catalog-service and the bench (tests skipped), then runs, on one embedded broker and
# one embedded PostgreSQL, the catalog's persist+index rate against a raw JDBC batch insert of the same rows,
# alternately for some rounds (medians compared), then search latency through its HTTP API, one client and several,
# as its catalog of generated articles grows (10k, 100k, 300k articles by default).
# Arguments (all optional): events=20000 rounds=3 search-sizes=10000,100000,300000 search-warm-up=1000 queries=1000
# clients=4 article-dates=arrival (or random)
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -ntp -pl bench -am -DskipTests package
exec java -Xmx2g -cp "bench/target/herald-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
  io.herald.bench.CatalogBenchmark repository=. "$@"
