#!/usr/bin/env bash
# The benchmark of issue 18 in one command: builds case-service and the harness (unless SKIP_BUILD=1), then runs
# bench/target/enforcement-bench.jar, which creates its own databases (pgbench and case-service), starts what it
# measures, stops it at the end and prints one table. Exit 1 if a step failed; a missed goal only says "not met".
#
#   deploy/bench/run.sh            # ~15 s per measurement, plus the Maven benchmarks P4 and P5 (several minutes)
#   deploy/bench/run.sh --smoke    # a second per measurement, no Maven benchmarks: under a minute
#
# Options (environment): BENCH_SECONDS, BENCH_PGBENCH_SCALE (10), BENCH_CONNECTIONS (16),
# BENCH_LATENCY_CONNECTIONS (4), BENCH_LOAD (auto|wrk|java), BENCH_DB_PREFIX (enforcement_bench),
# BENCH_JARS_DIR (other packaged services: <dir>/case-service/quarkus-run.jar), BENCH_MAVEN=0 (no P4/P5),
# BENCH_P3=1 (also stats-service QueryBenchmark, minutes), BENCH_P4_EVENTS (100000), BENCH_LOGS, DB_HOST, DB_PORT,
# DB_USER, DB_PASSWORD, SKIP_BUILD=1, BENCH_ONLY (P1, P2 or P1,P2: only these of P1 and P2, P6 always, no P4/P5),
# BENCH_WARMUP_SECONDS (120), BENCH_JVM_EXTRA (JVM options added to case-service's, e.g. a flight recording).
# See README.md, "Benchmark".
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)

for tool in java pgbench; do
  command -v "$tool" >/dev/null || { echo "deploy/bench/run.sh needs $tool on the PATH" >&2; exit 1; }
done

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # With the AppCDS archive, as deploy/local/run.sh builds: P6 measures the start-up a deployment gets.
  echo "[bench] building case-service and the harness (./mvnw -B -q -DskipTests -Dquarkus.package.jar.appcds.enabled=true package -pl case-service,bench -am)" >&2
  ./mvnw -B -q -DskipTests -Dquarkus.package.jar.appcds.enabled=true package -pl case-service,bench -am </dev/null >&2
fi

JAR="$ROOT/bench/target/enforcement-bench.jar"
[[ -f "$JAR" ]] || { echo "$JAR is missing: run without SKIP_BUILD=1" >&2; exit 1; }

# exec: the harness is this process from here on, so Ctrl-C or kill -TERM reach it directly; its shutdown hooks stop
# what it started (case-service, the Maven benchmarks), as it does itself at the end or after a failed step.
exec java -jar "$JAR" "$@" </dev/null
