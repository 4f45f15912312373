#!/usr/bin/env bash
# HTTP benchmark: order placement on one hot SKU against a light read, on the packaged jar, with wrk.
#
#   bench/http-hot-sku.sh [embedded|postgres|both]      (default both; run from anywhere, works in the project root)
#
# For each database: start target/orderkeep.jar with a JFR recording, seed one merchant, one product whose single
# SKU has a very large stock and many buyers over HTTP, then run wrk on GET /api/products/{id} (the baseline) and on
# POST /api/orders (every request a new order for that SKU), check that stock is conserved, stop the server so that
# JFR dumps, and summarize where the CPU went. Results: target/bench/http-<db>.txt, the table at the end also in
# target/bench/http-summary.txt. See docs/BENCHMARKS.md, "HTTP: order placement on a hot SKU".
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-both}
case "$MODE" in
  embedded) DATABASES=(embedded) ;;
  postgres) DATABASES=(postgres) ;;
  both) DATABASES=(embedded postgres) ;;
  *) echo "usage: $0 [embedded|postgres|both]" >&2; exit 2 ;;
esac

# Loopback only: the load must never leave this machine.
PORT=18080
BASE=http://127.0.0.1:$PORT
JAR=target/orderkeep.jar
OUT=target/bench
PG_DB=orderkeep_bench_http

# The defaults are the benchmark; the environment may override them for an exploratory run (say so with the figures).
BUYERS=${BUYERS:-400}
STOCK=${STOCK:-50000000}
WRK_THREADS=${WRK_THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
# Reported as well when the order p99 at $CONNECTIONS misses the target: the same runs at a lower concurrency.
LOW_CONNECTIONS=${LOW_CONNECTIONS:-16}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
# Longer than the batching writer's 10 s wait, so that a slow answer is measured as latency, not dropped as a timeout.
WRK_TIMEOUT=15s
TARGET_RATIO=0.3333
TARGET_P99_MS=50

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

ensure_tools() {
  if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
  fi
  for tool in java curl python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool is needed" >&2; exit 1; }
  done
}

ensure_jar() {
  # Rebuild only when the jar is missing or older than what goes into it: a fresh jar is benchmarked as it is.
  if [[ ! -f $JAR ]] || [[ -n $(find src/main pom.xml -newer "$JAR" -print -quit) ]]; then
    log "building $JAR"
    mvn -q -B -DskipTests package
  else
    log "$JAR is up to date"
  fi
}

# The value of key=value in wrk-common.lua's ORDERKEEP line.
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
json() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {"d": d}))' "$1"; }
# A Prometheus sample by metric name (no labels are expected on these meters); 0 when absent.
metric() { awk -v name="$2" '$1 == name || index($1, name "{") == 1 { v = $2 } END { print v == "" ? 0 : v }' "$1"; }
calc() { python3 -c "print($1)"; }
now_ms() { date +%s%3N; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# wrk RUN_FILE SCRIPT CONNECTIONS DURATION ARGS...: runs wrk, keeps its whole output, returns the ORDERKEEP line.
run_wrk() {
  local file=$1 script=$2 connections=$3 duration=$4
  shift 4
  wrk -t"$WRK_THREADS" -c"$connections" -d"$duration" --timeout "$WRK_TIMEOUT" --latency -s "$script" "$BASE" -- "$@" \
    >"$file" 2>&1
  grep '^ORDERKEEP ' "$file"
}

# Metrics are the platform's: sign in as admin (the embedded default password) to read them.
admin_token() {
  curl -sf --max-time 10 -H 'Content-Type: application/json' -d '{"username":"admin","password":"admin"}' \
    "$BASE/api/auth/token" | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])'
}
scrape() { curl -sf --max-time 10 -H "Authorization: Bearer $(admin_token)" "$BASE/actuator/prometheus" >"$1"; }
# The number of 201s in an ORDERKEEP line's statuses; 0 when there were none.
created_of() { local n; n=$(sed -n 's/.*statuses=\([^ ]*,\)\{0,1\}201:\([0-9]*\).*/\2/p' <<<"$1"); echo "${n:-0}"; }

SERVER_PID=""
stop_server() {
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    # Graceful shutdown finishes in-flight requests and JFR writes its file; bounded, then forced.
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      log "server $SERVER_PID did not stop within 60 s; killing it (the JFR file will be missing)"
      kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}

# One database, start to finish; runs in its own subshell so that its trap always stops its server.
run_db() {
  local db=$1
  local jfr=$OUT/http-$db.jfr server_log=$OUT/http-$db.server.log rows=$OUT/http-$db.rows
  local work data_dir
  # The previous run's scratch folder (wrk outputs, scrapes, tokens) gives way to this run's.
  rm -rf "$OUT"/http-"$db"-??????
  work=$(mktemp -d "$OUT/http-$db-XXXXXX")
  data_dir=$work/data
  mkdir -p "$data_dir"
  rm -f "$jfr" "$rows"

  trap stop_server EXIT
  trap 'exit 130' INT TERM

  log "=== $db ==="
  echo "machine: nproc=$(nproc); $(lscpu | grep 'Model name' | sed 's/  */ /g'); java: $(java -version 2>&1 | head -1)"
  echo "load average before: $(loadavg)"

  local -a db_args=()
  if [[ $db == postgres ]]; then
    if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
      echo "PostgreSQL is not accepting connections on 127.0.0.1:5432" >&2
      return 1
    fi
    psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
      -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" -c "CREATE DATABASE $PG_DB"
    echo "postgres: fsync=$(psql -tA -h 127.0.0.1 -U postgres -d postgres -c 'SHOW fsync')" \
      "synchronous_commit=$(psql -tA -h 127.0.0.1 -U postgres -d postgres -c 'SHOW synchronous_commit')" \
      "version=$(psql -tA -h 127.0.0.1 -U postgres -d postgres -c 'SHOW server_version')"
    db_args=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$PG_DB --spring.datasource.username=postgres)
  fi

  if curl -s --max-time 2 -o /dev/null "$BASE/actuator/health"; then
    echo "something already answers on $BASE; stop it first" >&2
    return 1
  fi
  # stackdepth=256: request stacks (Tomcat, Spring Security's filters, MVC) are deeper than JFR's default of 64,
  # and truncated stacks would hide the outer frames from the "in stack" shares.
  java -XX:StartFlightRecording=filename="$jfr",settings=profile -XX:FlightRecorderOptions=stackdepth=256 \
    -jar "$JAR" --server.port=$PORT --orderkeep.rate-limit.enabled=false --orderkeep.data-dir="$data_dir" \
    "${db_args[@]}" >"$server_log" 2>&1 &
  SERVER_PID=$!
  echo "server: pid $SERVER_PID, data dir $data_dir, log $server_log"

  local started
  started=$(now_ms)
  for i in $(seq 1 120); do
    if curl -sf --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "server exited during start-up; see $server_log" >&2; return 1; fi
    if [[ $i == 120 ]]; then echo "server not UP after 120 s; see $server_log" >&2; return 1; fi
    sleep 1
  done
  echo "server UP after $(( ($(now_ms) - started) / 1000 )) s"

  python3 bench/seed.py "$BASE" "$work" "$BUYERS" "$STOCK"
  local product sku initial merchant_token
  product=$(json 'd["productId"]' <"$work/seed.json")
  sku=$(json 'd["skuId"]' <"$work/seed.json")
  initial=$(json 'd["initialStock"]' <"$work/seed.json")
  merchant_token=$(json 'd["merchantToken"]' <"$work/seed.json")

  # Each connection count: a read run and an order run, same threads, connections and duration; the ratio of the
  # two throughputs is the figure, so both run on the same server, one after the other.
  local created_total=0 read_window="" order_window=""
  measure() {
    local connections=$1 tag=$2 read order
    local read_from read_to order_from order_to
    log "read  -c$connections -d$DURATION"
    read_from=$(now_ms)
    read=$(run_wrk "$work/read-$tag.out" bench/read.lua "$connections" "$DURATION" "$product")
    read_to=$(now_ms)
    scrape "$work/metrics-before-$tag.prom"
    log "order -c$connections -d$DURATION"
    order_from=$(now_ms)
    order=$(run_wrk "$work/order-$tag.out" bench/order.lua "$connections" "$DURATION" "$work/tokens.txt" "$sku" "$tag")
    order_to=$(now_ms)
    scrape "$work/metrics-after-$tag.prom"
    if [[ -z $order_window ]]; then read_window="$read_from $read_to" order_window="$order_from $order_to"; fi
    # The windows let anyone profile one run later: java bench/JfrHotMethods.java FILE FROM TO
    echo "--- JFR windows (epoch ms): read -c$connections $read_from $read_to; order -c$connections $order_from $order_to"

    echo "--- wrk, read, -t$WRK_THREADS -c$connections -d$DURATION: GET /api/products/$product"
    cat "$work/read-$tag.out"
    echo "--- wrk, order, -t$WRK_THREADS -c$connections -d$DURATION: POST /api/orders on SKU $sku, $BUYERS buyers"
    cat "$work/order-$tag.out"

    local b=$work/metrics-before-$tag.prom a=$work/metrics-after-$tag.prom
    local batches batch_sum batch_max commit_count commit_sum
    batches=$(calc "$(metric "$a" orderkeep_orders_batch_size_count) - $(metric "$b" orderkeep_orders_batch_size_count)")
    batch_sum=$(calc "$(metric "$a" orderkeep_orders_batch_size_sum) - $(metric "$b" orderkeep_orders_batch_size_sum)")
    batch_max=$(metric "$a" orderkeep_orders_batch_size_max)
    commit_count=$(calc "$(metric "$a" orderkeep_orders_batch_commit_seconds_count) - $(metric "$b" orderkeep_orders_batch_commit_seconds_count)")
    commit_sum=$(calc "$(metric "$a" orderkeep_orders_batch_commit_seconds_sum) - $(metric "$b" orderkeep_orders_batch_commit_seconds_sum)")
    local batch_mean commit_ms
    batch_mean=$(calc "round($batch_sum / $batches, 1) if $batches else 0")
    commit_ms=$(calc "round(1000 * $commit_sum / $commit_count, 2) if $commit_count else 0")
    echo "--- batching writer during the order run (Prometheus, after minus before):"
    echo "batches=$batches orders_in_batches=$batch_sum mean_batch_size=$batch_mean mean_commit_ms=$commit_ms" \
      "max_batch_size(last ~2 min)=$batch_max"

    local rps_read rps_order ratio
    rps_read=$(field "$read" rps)
    rps_order=$(field "$order" rps)
    ratio=$(calc "round($rps_order / $rps_read, 3) if $rps_read else 0")
    created_total=$((created_total + $(created_of "$order")))
    # The row of the summary table; the conservation column is filled in once all order traffic is over.
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$db" "$connections" \
      "$rps_read" "$(field "$read" p50_ms)" "$(field "$read" p99_ms)" \
      "$rps_order" "$(field "$order" p50_ms)" "$(field "$order" p99_ms)" "$(field "$order" unexpected)" \
      "$ratio" "$batch_mean" "$batch_max" "$(field "$read" unexpected)" "$(field "$order" statuses)" >>"$rows"
  }

  # Warm-ups: the JIT, the connection pool and the caches, so that the measured runs compare steady states.
  log "warm-up: read and order -c$CONNECTIONS -d$WARMUP"
  run_wrk "$work/read-warm.out" bench/read.lua "$CONNECTIONS" "$WARMUP" "$product" >/dev/null
  local warm
  warm=$(run_wrk "$work/order-warm.out" bench/order.lua "$CONNECTIONS" "$WARMUP" "$work/tokens.txt" "$sku" warm)
  echo "warm-up order run: $(field "$warm" responses) responses, statuses $(field "$warm" statuses)"
  created_total=$((created_total + $(created_of "$warm")))

  measure "$CONNECTIONS" main
  local p99
  p99=$(cut -f8 "$rows" | tail -1)
  if python3 -c "import sys; sys.exit(0 if float('$p99') > $TARGET_P99_MS else 1)"; then
    echo "order p99 ${p99} ms at -c$CONNECTIONS is over ${TARGET_P99_MS} ms: also measuring -c$LOW_CONNECTIONS" \
      "(the server is warm, so no warm-up)"
    measure "$LOW_CONNECTIONS" low
  fi

  # wrk stops with requests in flight; the server still commits their batch. Give it a moment before counting.
  sleep 2
  local final=$work/metrics-final.prom available placed db_orders conservation
  scrape "$final"
  available=$(curl -sf --max-time 10 "$BASE/api/products/$product" | json 'd["skus"][0]["available"]')
  placed=$(calc "int($(metric "$final" orderkeep_orders_placed_total))")
  db_orders=$(curl -sf --max-time 10 -H "Authorization: Bearer $merchant_token" "$BASE/api/merchant/orders?size=1" \
    | json 'd["total"]')
  # Every order is for one unit and none is cancelled within the run, so the stock taken is the number of orders.
  if [[ $initial == $((available + placed)) && $placed == "$db_orders" ]]; then conservation=PASS; else conservation=FAIL; fi
  echo "--- stock conservation: initial=$initial available=$available orderkeep_orders_placed_total=$placed" \
    "orders_in_database=$db_orders 201s_seen_by_wrk=$created_total (wrk misses answers in flight when it stops)"
  echo "initial == available + placed and placed == orders in the database: $conservation"
  echo "refusals: $(grep '^orderkeep_orders_refused_total' "$final" | tr '\n' ' ' || true)"
  echo "server log: $(grep -c '"log.level":"WARN"\| WARN ' "$server_log" || true) WARN lines," \
    "$(grep -c '"log.level":"ERROR"\| ERROR ' "$server_log" || true) ERROR lines"
  sed -i "s/\$/\t$conservation/" "$rows"
  echo "load average after: $(loadavg)"

  log "stopping the server (SIGTERM) so that JFR writes $jfr"
  stop_server
  if [[ -f $jfr ]]; then
    # The measured runs at -c$CONNECTIONS only: start-up and BCrypt for the buyers stay out. The read's profile is
    # the baseline: what the order path costs beyond an ordinary request.
    echo "--- JFR, the order run at -c$CONNECTIONS:"
    # shellcheck disable=SC2086
    java bench/JfrHotMethods.java "$jfr" $order_window
    echo "--- JFR, the read run at -c$CONNECTIONS:"
    # shellcheck disable=SC2086
    java bench/JfrHotMethods.java "$jfr" $read_window
  else
    echo "no JFR file at $jfr"
  fi
  rm -rf "$data_dir"
}

ensure_tools
mkdir -p "$OUT"
ensure_jar

status=0
for db in "${DATABASES[@]}"; do
  # Not under `if`: errexit must stay in force inside the run. The subshell's trap stops its server however it ends.
  set +e
  ( set -e; run_db "$db" ) 2>&1 | tee "$OUT/http-$db.txt"
  rc=${PIPESTATUS[0]}
  set -e
  if [[ $rc != 0 ]]; then
    echo "the $db run failed (exit $rc); see $OUT/http-$db.txt" >&2
    status=1
  fi
done

summary() {
  echo "HTTP hot-SKU benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), wrk -t$WRK_THREADS -d$DURATION --latency" \
    "(after -d$WARMUP warm-ups), $BUYERS buyers, nproc=$(nproc), load average now $(loadavg)"
  echo "targets: order req/s >= 1/3 of read req/s, order p99 <= $TARGET_P99_MS ms at that load"
  printf '%-8s %5s %9s %8s %8s %9s %8s %8s %8s %7s %6s %6s %-5s %s\n' db conns 'read/s' 'rd p50' 'rd p99' \
    'order/s' 'or p50' 'or p99' 'non-201' ratio 'b.mean' 'b.max' cons targets
  for db in "${DATABASES[@]}"; do
    [[ -f $OUT/http-$db.rows ]] || { printf '%-8s (no result: the run failed)\n' "$db"; continue; }
    while IFS=$'\t' read -r d c rr r50 r99 orr o50 o99 bad ratio bmean bmax rbad statuses cons; do
      local_targets=$(python3 -c "print('ratio ' + ('met' if $ratio >= $TARGET_RATIO else 'MISSED') + ', p99 ' + ('met' if $o99 <= $TARGET_P99_MS else 'MISSED'))")
      printf '%-8s %5s %9.0f %8s %8s %9.0f %8s %8s %8s %7s %6s %6.0f %-5s %s\n' "$d" "$c" "$rr" "$r50" "$r99" "$orr" \
        "$o50" "$o99" "$bad" "$ratio" "$bmean" "$bmax" "$cons" "$local_targets"
      if [[ $bad != 0 || $rbad != 0 ]]; then
        echo "         ERRORS at -c$c: order statuses $statuses; read non-200: $rbad"
      fi
    done <"$OUT/http-$db.rows"
  done
  echo "latencies in ms; non-201 = order requests not answered 201 (other statuses, socket errors, timeouts);" \
    "ratio = order/s / read/s; b.mean = mean batch size in the order run; b.max = largest batch in the last ~2 min;" \
    "cons = stock conservation"
}

echo
summary | tee "$OUT/http-summary.txt"
for db in "${DATABASES[@]}"; do
  if [[ -f $OUT/http-$db.rows ]]; then
    # A run with errors or lost stock is a failed benchmark, whatever its figures.
    if cut -f9,13,15 "$OUT/http-$db.rows" | grep -qv $'^0\t0\tPASS$'; then status=1; fi
  fi
done
exit $status
