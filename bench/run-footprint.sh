#!/usr/bin/env sh
# Footprint of every service as ./herald up runs it (docker/jvm.options, and the class-data archive a first start writes):
# builds the services, devstack and the bench as ./herald up does (tests skipped), then starts the embedded stack,
# starts each service again alone (the median of some starts: seconds from its JVM's start until /q/health/ready is
# UP, and the CPU seconds it used until then), warms the whole pipeline up, waits at rest and prints each service's
# resident memory (VmRSS) and whether both targets are met.
# Arguments (all optional): articles=300 starts=3 rest-seconds=15 ready-target-seconds=5 rss-target-mb=250
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -ntp -pl bench,wechat-sandbox,wechat-service,console-service -am -DskipTests package
exec java -Xmx2g -cp "bench/target/herald-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
  io.herald.bench.FootprintBenchmark repository=. "$@"
