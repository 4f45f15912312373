#!/usr/bin/env bash
# The hot-SKU benchmark, one command: the engine (orderkeep's batching writer beside one transaction per order and
# hand-batched JDBC, in-process) and then HTTP (wrk), each on PostgreSQL and on the embedded store, in one run.
# Results land in target/bench/; docs/BENCHMARKS.md explains them.
#   bench/hot-sku.sh            both parts
#   bench/hot-sku.sh engine     only the engine part
#   bench/hot-sku.sh http       the HTTP part, after the engine's `orderkeep` design alone (the figure HTTP is held to)
# The HTTP part reads the engine's orders per second on each database from this run's JMH result and reports the
# HTTP order rate against it (ENGINE_RPS_EMBEDDED, ENGINE_RPS_POSTGRES; see bench/http-hot-sku.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
part="${1:-all}"
mkdir -p target/bench

if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
fi

{
  echo "date: $(date -u +%FT%TZ)"
  echo "nproc: $(nproc); $(lscpu | grep 'Model name' | sed 's/  */ /g')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "postgres: $(psql -h 127.0.0.1 -U postgres -Atc 'SELECT version()' | cut -d, -f1)," \
    "fsync=$(psql -h 127.0.0.1 -U postgres -Atc 'SHOW fsync')," \
    "synchronous_commit=$(psql -h 127.0.0.1 -U postgres -Atc 'SHOW synchronous_commit')"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee target/bench/machine.txt

if [[ "$part" == all || "$part" == engine ]]; then
  # Three warm-up and three measured iterations of 10 s per design and database, each in a fresh JVM on a fresh database.
  mvn -q -B -Pbench test-compile exec:exec \
    -Dorderkeep.bench.args="-f 1 -wi 3 -w 10s -i 3 -r 10s -rf json -rff target/bench/jmh-hot-sku.json HotSkuBenchmark" \
    | tee target/bench/engine.txt
  echo "load after engine: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a target/bench/machine.txt
fi

# The engine's `orderkeep` score on a database, from the JMH result file.
engine_score() {
  python3 -c 'import json,sys; print(next(round(b["primaryMetric"]["score"]) for b in json.load(open(sys.argv[1]))
    if b["benchmark"].endswith(".orderkeep") and b["params"]["database"] == sys.argv[2]))' "$1" "$2"
}

if [[ "$part" == http ]]; then
  mvn -q -B -Pbench test-compile exec:exec \
    -Dorderkeep.bench.args="-f 1 -wi 3 -w 10s -i 3 -r 10s -rf json -rff target/bench/jmh-hot-sku.json HotSkuBenchmark.orderkeep$" \
    | tee target/bench/engine.txt
  echo "load after engine: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a target/bench/machine.txt
fi

if [[ "$part" == all || "$part" == http ]]; then
  ENGINE_RPS_EMBEDDED=$(engine_score target/bench/jmh-hot-sku.json embedded)
  ENGINE_RPS_POSTGRES=$(engine_score target/bench/jmh-hot-sku.json postgres)
  echo "engine orderkeep: embedded $ENGINE_RPS_EMBEDDED, postgres $ENGINE_RPS_POSTGRES orders/s" | tee -a target/bench/machine.txt
  export ENGINE_RPS_EMBEDDED ENGINE_RPS_POSTGRES
  bench/http-hot-sku.sh both
  echo "load after http: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a target/bench/machine.txt
fi
