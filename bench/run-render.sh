#!/usr/bin/env sh
# Render benchmark: builds render-service and the bench (tests skipped), then runs, on one embedded broker and one
# embedded PostgreSQL, render-service's consume+render+store rate against a dry-run re-render of the same articles
# (rendering only, nothing stored), alternately for some rounds (medians compared).
# Arguments (all optional): events=5000 rounds=3
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -ntp -pl bench -am -DskipTests package
exec java -Xmx2g -cp "bench/target/herald-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
  io.herald.bench.RenderBenchmark repository=. "$@"
