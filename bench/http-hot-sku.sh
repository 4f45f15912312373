#!/usr/bin/env bash
# HTTP benchmark: order placement on one hot SKU against a light read, on the packaged jar, with wrk, and both against
# a bare Spring Boot application of the same version measured in the same run.
#
#   bench/http-hot-sku.sh [embedded|postgres|both|bare]   (default both; run from anywhere, works in the project root)
#
# First (every mode) the baseline: bench/bare-app, a bare Spring Boot application of the root pom's Spring Boot version
# (web MVC on Tomcat and actuator, no security, no database; rebuilt when its jar is missing or older than its sources),
# is started alone on 127.0.0.1:18090 with the same JVM flags as orderkeep (JFR included), warmed up, and measured
# with wrk on GET /actuator/health/liveness, GET /products/p1 (a small JSON object built per request) and POST
# /orders (a small JSON body in, 201 and a small JSON answer out), then stopped: the framework's honest ceiling on
# this machine, so that orderkeep's per-request cost is read as a ratio. Mode `bare` runs only this.
# Then, for each database, one server at a time: start target/orderkeep.jar with a JFR recording, seed one merchant,
# one product whose single SKU has a very large stock and many buyers over HTTP, warm up, run wrk on GET
# /actuator/health/liveness (public), GET /api/products/{id} (the baseline) and POST /api/orders (every request a new
# order for that SKU), then the order runs again at each of $CURVE_CONNECTIONS connections (a latency-throughput
# curve), check that stock is conserved, stop the server so that JFR dumps, and summarize where the CPU went.
# Every warm-up run lasts $WARMUP (45 s by default: the JIT needs that long on two cores), one for each kind of request
# on each server; every measured run lasts $DURATION with the same -t and -c on both servers.
# The summary has the existing rows (read, order, ratio, p99, batching, conservation), the bare app's figures and the
# ratios to them (orderkeep liveness / bare liveness, target >= 0.7; orderkeep product GET / bare JSON GET, target
# >= 0.5), the curve, and, when ENGINE_RPS is set (the in-process engine's orders/s, from the JMH run; or per
# database ENGINE_RPS_EMBEDDED / ENGINE_RPS_POSTGRES), an order/s / engine column, target >= 0.6. With the defaults
# the whole run (bare, then both databases) takes about a quarter of an hour of an otherwise idle machine.
# Results: target/bench/http-bare.txt and http-<db>.txt, the tables at the end also in target/bench/http-summary.txt.
# See docs/BENCHMARKS.md, "HTTP: order placement on a hot SKU".
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-both}
case "$MODE" in
  embedded) DATABASES=(embedded) ;;
  postgres) DATABASES=(postgres) ;;
  both) DATABASES=(embedded postgres) ;;
  bare) DATABASES=() ;;
  *) echo "usage: $0 [embedded|postgres|both|bare]" >&2; exit 2 ;;
esac

# Loopback only: the load must never leave this machine.
PORT=18080
BASE=http://127.0.0.1:$PORT
JAR=target/orderkeep.jar
OUT=target/bench
PG_DB=orderkeep_bench_http
# The baseline, on its own port so that a left-over server of either kind is noticed, never measured by mistake.
BARE_DIR=bench/bare-app
BARE_JAR=$BARE_DIR/target/bare-app.jar
BARE_PORT=18090
BARE_BASE=http://127.0.0.1:$BARE_PORT
BARE_PRODUCT=p1
LIVENESS=/actuator/health/liveness

# The defaults are the benchmark; the environment may override them for an exploratory run (say so with the figures).
BUYERS=${BUYERS:-400}
STOCK=${STOCK:-50000000}
WRK_THREADS=${WRK_THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
# Reported as well when the order p99 at $CONNECTIONS misses the target: the same runs at a lower concurrency.
LOW_CONNECTIONS=${LOW_CONNECTIONS:-16}
DURATION=${DURATION:-20s}
# Each warm-up run (one per kind of request, on each server): C2 needs this long on two cores shared with wrk.
WARMUP=${WARMUP:-45s}
# The order runs of the latency-throughput curve, after the main runs, on the warm server.
CURVE_CONNECTIONS=${CURVE_CONNECTIONS:-4 16 64 256}
# The in-process engine's orders/s (JMH, run separately): when set, the summary adds order/s / engine. One figure for
# every database, or one per database (ENGINE_RPS_EMBEDDED, ENGINE_RPS_POSTGRES), which wins over ENGINE_RPS.
ENGINE_RPS=${ENGINE_RPS:-}
# Longer than the batching writer's 10 s wait, so that a slow answer is measured as latency, not dropped as a timeout.
WRK_TIMEOUT=15s
TARGET_RATIO=0.3333
TARGET_P99_MS=50
TARGET_LIVENESS_RATIO=0.7
TARGET_GET_RATIO=0.5
TARGET_ENGINE_RATIO=0.6

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

# The Spring Boot version of a pom: the version of its spring-boot-starter-parent.
boot_version() {
  sed -n '/<artifactId>spring-boot-starter-parent<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;}' "$1"
}
BOOT_VERSION=$(boot_version pom.xml)

ensure_bare_jar() {
  # The baseline is only fair on the same framework: refuse to measure a bare app of another Spring Boot version.
  local bare_version
  bare_version=$(boot_version "$BARE_DIR/pom.xml")
  if [[ -z $BOOT_VERSION || $bare_version != "$BOOT_VERSION" ]]; then
    echo "$BARE_DIR/pom.xml is on Spring Boot ${bare_version:-?}, pom.xml on ${BOOT_VERSION:-?}: make them equal" >&2
    exit 1
  fi
  if [[ ! -f $BARE_JAR ]] || [[ -n $(find "$BARE_DIR/src" "$BARE_DIR/pom.xml" -newer "$BARE_JAR" -print -quit) ]]; then
    log "building $BARE_JAR"
    mvn -q -B -ntp -f "$BARE_DIR/pom.xml" package
  else
    log "$BARE_JAR is up to date"
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
# met VALUE TARGET: "met" when VALUE >= TARGET, else "MISSED".
met() { python3 -c "print('met' if $1 >= $2 else 'MISSED')"; }
ratio_of() { calc "round($1 / $2, 3) if $2 else 0"; }
# The engine's orders/s for a database: ENGINE_RPS_<DB> if set, else ENGINE_RPS; empty when neither is.
engine_rps_of() { local name="ENGINE_RPS_${1^^}"; echo "${!name:-$ENGINE_RPS}"; }
machine_info() {
  echo "machine: nproc=$(nproc); $(lscpu | grep 'Model name' | sed 's/  */ /g'); java: $(java -version 2>&1 | head -1)"
  echo "load average before: $(loadavg)"
}
# One line of a run's figures, from an ORDERKEEP line: rps, p50, p99, unexpected, statuses (tab-separated).
figures() {
  printf '%s\t%s\t%s\t%s\t%s' "$(field "$1" rps)" "$(field "$1" p50_ms)" "$(field "$1" p99_ms)" \
    "$(field "$1" unexpected)" "$(field "$1" statuses)"
}

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

# await_up URL LOG: waits until URL answers "status":"UP" from the server started as $SERVER_PID.
await_up() {
  local url=$1 server_log=$2 started i
  started=$(now_ms)
  for i in $(seq 1 120); do
    if curl -sf --max-time 2 "$url" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "server exited during start-up; see $server_log" >&2; return 1; fi
    if [[ $i == 120 ]]; then echo "server not UP after 120 s; see $server_log" >&2; return 1; fi
    sleep 1
  done
  echo "server UP after $(( ($(now_ms) - started) / 1000 )) s"
}

# The baseline, start to finish, alone on the machine; runs in its own subshell so that its trap stops the server.
run_bare() {
  # run_wrk reads BASE: inside this function, and what it calls, BASE is the bare app's.
  local BASE=$BARE_BASE
  local jfr=$OUT/http-bare.jfr server_log=$OUT/http-bare.server.log rows=$OUT/http-bare.rows
  local work
  rm -rf "$OUT"/http-bare-??????
  work=$(mktemp -d "$OUT/http-bare-XXXXXX")
  rm -f "$jfr" "$rows"

  trap stop_server EXIT
  trap 'exit 130' INT TERM

  log "=== bare Spring Boot $BOOT_VERSION ($BARE_JAR) ==="
  machine_info
  if curl -s --max-time 2 -o /dev/null "$BASE/"; then
    echo "something already answers on $BASE; stop it first" >&2
    return 1
  fi
  # The same JVM flags as orderkeep's: JFR's overhead is in both figures, and the recording shows the framework's
  # own profile for the same requests.
  java -XX:StartFlightRecording=filename="$jfr",settings=profile -XX:FlightRecorderOptions=stackdepth=256 \
    -jar "$BARE_JAR" --server.port=$BARE_PORT >"$server_log" 2>&1 &
  SERVER_PID=$!
  echo "server: pid $SERVER_PID, log $server_log"
  await_up "$BASE$LIVENESS" "$server_log"

  # bare_run KIND FILE DURATION TAG: one wrk run of one kind of request, at $CONNECTIONS as orderkeep's main runs.
  bare_run() {
    case $1 in
      liveness) run_wrk "$2" bench/get.lua "$CONNECTIONS" "$3" "$LIVENESS" ;;
      get) run_wrk "$2" bench/get.lua "$CONNECTIONS" "$3" "/products/$BARE_PRODUCT" ;;
      post) run_wrk "$2" bench/bare-post.lua "$CONNECTIONS" "$3" "$BARE_PRODUCT-sku1" "$4" ;;
    esac
  }
  local -A what=([liveness]="GET $LIVENESS" [get]="GET /products/$BARE_PRODUCT" [post]="POST /orders")
  local kind line from to get_window=""

  log "warm-up: liveness, JSON GET and POST, each -c$CONNECTIONS -d$WARMUP"
  for kind in liveness get post; do
    bare_run "$kind" "$work/$kind-warm.out" "$WARMUP" warm >/dev/null
  done

  for kind in liveness get post; do
    log "bare $kind -c$CONNECTIONS -d$DURATION"
    from=$(now_ms)
    line=$(bare_run "$kind" "$work/$kind.out" "$DURATION" main)
    to=$(now_ms)
    [[ $kind == get ]] && get_window="$from $to"
    echo "--- JFR window (epoch ms): $kind -c$CONNECTIONS $from $to"
    echo "--- wrk, bare $kind, -t$WRK_THREADS -c$CONNECTIONS -d$DURATION: ${what[$kind]}"
    cat "$work/$kind.out"
    printf '%s\t%s\n' "$kind" "$(figures "$line")" >>"$rows"
  done
  echo "load average after: $(loadavg)"

  log "stopping the bare app (SIGTERM) so that JFR writes $jfr"
  stop_server
  if [[ -f $jfr ]]; then
    echo "--- JFR, the bare JSON GET run at -c$CONNECTIONS:"
    # shellcheck disable=SC2086
    java bench/JfrHotMethods.java "$jfr" $get_window
  else
    echo "no JFR file at $jfr"
  fi
}

# One database, start to finish; runs in its own subshell so that its trap always stops its server.
run_db() {
  local db=$1
  local jfr=$OUT/http-$db.jfr server_log=$OUT/http-$db.server.log rows=$OUT/http-$db.rows
  local live=$OUT/http-$db.live curve=$OUT/http-$db.curve
  local work data_dir
  # The previous run's scratch folder (wrk outputs, scrapes, tokens) gives way to this run's.
  rm -rf "$OUT"/http-"$db"-??????
  work=$(mktemp -d "$OUT/http-$db-XXXXXX")
  data_dir=$work/data
  mkdir -p "$data_dir"
  rm -f "$jfr" "$rows" "$live" "$curve"

  trap stop_server EXIT
  trap 'exit 130' INT TERM

  log "=== $db ==="
  machine_info

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
    db_args=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$PG_DB" --spring.datasource.username=postgres)
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

  await_up "$BASE/actuator/health" "$server_log"

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
  log "warm-up: liveness, read and order, each -c$CONNECTIONS -d$WARMUP"
  run_wrk "$work/live-warm.out" bench/get.lua "$CONNECTIONS" "$WARMUP" "$LIVENESS" >/dev/null
  run_wrk "$work/read-warm.out" bench/read.lua "$CONNECTIONS" "$WARMUP" "$product" >/dev/null
  local warm
  warm=$(run_wrk "$work/order-warm.out" bench/order.lua "$CONNECTIONS" "$WARMUP" "$work/tokens.txt" "$sku" warm)
  echo "warm-up order run: $(field "$warm" responses) responses, statuses $(field "$warm" statuses)"
  created_total=$((created_total + $(created_of "$warm")))

  # The liveness probe, public, next to the product GET and with the same settings as the bare app's: what the
  # platform costs on a request that does no work of its own (Spring Security's filters, metrics, logging).
  log "liveness -c$CONNECTIONS -d$DURATION"
  local live_line
  live_line=$(run_wrk "$work/live-main.out" bench/get.lua "$CONNECTIONS" "$DURATION" "$LIVENESS")
  echo "--- wrk, liveness, -t$WRK_THREADS -c$CONNECTIONS -d$DURATION: GET $LIVENESS"
  cat "$work/live-main.out"
  printf '%s\t%s\t%s\n' "$db" "$CONNECTIONS" "$(figures "$live_line")" >"$live"

  measure "$CONNECTIONS" main
  local p99
  p99=$(cut -f8 "$rows" | tail -1)
  if python3 -c "import sys; sys.exit(0 if float('$p99') > $TARGET_P99_MS else 1)"; then
    echo "order p99 ${p99} ms at -c$CONNECTIONS is over ${TARGET_P99_MS} ms: also measuring -c$LOW_CONNECTIONS" \
      "(the server is warm, so no warm-up)"
    measure "$LOW_CONNECTIONS" low
  fi

  # The latency-throughput curve of order placement: the same order run at each concurrency, on the warm server.
  local c line
  for c in $CURVE_CONNECTIONS; do
    log "order curve -c$c -d$DURATION"
    line=$(run_wrk "$work/order-curve-c$c.out" bench/order.lua "$c" "$DURATION" "$work/tokens.txt" "$sku" "curve-c$c")
    echo "--- wrk, order curve, -t$WRK_THREADS -c$c -d$DURATION: POST /api/orders on SKU $sku, $BUYERS buyers"
    cat "$work/order-curve-c$c.out"
    created_total=$((created_total + $(created_of "$line")))
    printf '%s\t%s\t%s\n' "$db" "$c" "$(figures "$line")" >>"$curve"
  done

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

if [[ -n $ENGINE_RPS$(engine_rps_of embedded)$(engine_rps_of postgres) ]]; then
  for db in embedded postgres; do
    engine=$(engine_rps_of "$db")
    if [[ -n $engine && ! $engine =~ ^[0-9]+([.][0-9]+)?$ ]]; then
      echo "engine orders/s for $db is not a number: $engine" >&2
      exit 2
    fi
  done
fi

ensure_tools
mkdir -p "$OUT"
# Both builds before any measurement: Maven would take the cores from the first server.
ensure_bare_jar
if [[ ${#DATABASES[@]} -gt 0 ]]; then ensure_jar; fi

status=0
# The bare app first, alone: orderkeep is not started before the bare app has stopped.
rm -f "$OUT/http-bare.rows"
set +e
( set -e; run_bare ) 2>&1 | tee "$OUT/http-bare.txt"
rc=${PIPESTATUS[0]}
set -e
if [[ $rc != 0 ]]; then
  echo "the bare run failed (exit $rc); see $OUT/http-bare.txt" >&2
  status=1
fi

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

# The figures of one kind of the bare app's runs (liveness, get, post): rps p50 p99 unexpected statuses; empty if none.
bare_figures() {
  [[ ! -f $OUT/http-bare.rows ]] || awk -F'\t' -v k="$1" '$1 == k { print $2, $3, $4, $5, $6 }' "$OUT/http-bare.rows"
}

# cell FILE COLUMN: that column of FILE's row at $CONNECTIONS (column 2); empty when the file or the row is missing.
cell() { [[ ! -f $1 ]] || awk -F'\t' -v c="$CONNECTIONS" -v n="$2" '$2 == c { print $n; exit }' "$1"; }

summary() {
  local engine_target=""
  if [[ -n $ENGINE_RPS$(engine_rps_of embedded)$(engine_rps_of postgres) ]]; then
    engine_target="; order/s >= $TARGET_ENGINE_RATIO of the in-process engine's"
  fi
  echo "HTTP hot-SKU benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), Spring Boot $BOOT_VERSION, wrk -t$WRK_THREADS" \
    "-d$DURATION --latency, warm-up -d$WARMUP for each kind of request on each server, $BUYERS buyers," \
    "nproc=$(nproc), load average now $(loadavg)"
  echo "targets: order req/s >= 1/3 of read req/s, order p99 <= $TARGET_P99_MS ms at that load;" \
    "liveness >= $TARGET_LIVENESS_RATIO of the bare app's," \
    "product GET >= $TARGET_GET_RATIO of the bare JSON GET$engine_target"

  # Mode bare has no orderkeep run: only the bare app's table.
  if [[ ${#DATABASES[@]} -gt 0 ]]; then
    # The engine column only when an engine figure was given (ENGINE_RPS, ENGINE_RPS_<DB>): the JMH run is separate.
    local with_engine=""
    for db in "${DATABASES[@]}"; do [[ -n $(engine_rps_of "$db") ]] && with_engine=1; done
    printf '%-8s %5s %9s %8s %8s %9s %8s %8s %8s %7s %6s %6s %-5s' db conns 'read/s' 'rd p50' 'rd p99' \
      'order/s' 'or p50' 'or p99' 'non-201' ratio 'b.mean' 'b.max' cons
    # One more byte than columns for the two-byte ÷, so that the header lines up with the figures.
    [[ -n $with_engine ]] && printf ' %9s' '÷engine'
    printf ' %s\n' targets
    for db in "${DATABASES[@]}"; do
      [[ -f $OUT/http-$db.rows ]] || { printf '%-8s (no result: the run failed)\n' "$db"; continue; }
      local engine
      engine=$(engine_rps_of "$db")
      while IFS=$'\t' read -r d c rr r50 r99 orr o50 o99 bad ratio bmean bmax rbad statuses cons; do
        local_targets="ratio $(met "$ratio" "$TARGET_RATIO"), p99 $(met "$TARGET_P99_MS" "$o99")"
        printf '%-8s %5s %9.0f %8s %8s %9.0f %8s %8s %8s %7s %6s %6.0f %-5s' "$d" "$c" "$rr" "$r50" "$r99" "$orr" \
          "$o50" "$o99" "$bad" "$ratio" "$bmean" "$bmax" "$cons"
        if [[ -n $engine ]]; then
          local engine_ratio
          engine_ratio=$(ratio_of "$orr" "$engine")
          printf ' %8s' "$engine_ratio"
          local_targets+=", engine $(met "$engine_ratio" "$TARGET_ENGINE_RATIO")"
        elif [[ -n $with_engine ]]; then
          printf ' %8s' -
        fi
        printf ' %s\n' "$local_targets"
        if [[ $bad != 0 || $rbad != 0 ]]; then
          echo "         ERRORS at -c$c: order statuses $statuses; read non-200: $rbad"
        fi
      done <"$OUT/http-$db.rows"
    done
    echo "latencies in ms; non-201 = order requests not answered 201 (other statuses, socket errors, timeouts);" \
      "ratio = order/s / read/s; b.mean = mean batch size in the order run; b.max = largest batch in the last ~2 min;" \
      "cons = stock conservation${with_engine:+; ÷engine = order/s / the in-process engine orders/s}"
  fi

  echo
  echo "bare Spring Boot $BOOT_VERSION ($BARE_DIR: web MVC and actuator; no security, validation or database)," \
    "measured alone before orderkeep, wrk -t$WRK_THREADS -c$CONNECTIONS -d$DURATION:"
  printf '%-32s %9s %8s %8s %10s\n' request 'req/s' p50 p99 unexpected
  local kind label rps p50 p99 bad statuses
  for kind in liveness get post; do
    case $kind in
      liveness) label="GET $LIVENESS" ;;
      get) label="GET /products/$BARE_PRODUCT (JSON)" ;;
      post) label="POST /orders (JSON, 201)" ;;
    esac
    read -r rps p50 p99 bad statuses <<<"$(bare_figures "$kind")" || true
    if [[ -z ${rps:-} ]]; then printf '%-32s (no result: the bare run failed)\n' "$label"; continue; fi
    printf '%-32s %9.0f %8s %8s %10s\n' "$label" "$rps" "$p50" "$p99" "$bad"
    [[ $bad == 0 ]] || echo "         ERRORS: statuses $statuses"
  done

  if [[ ${#DATABASES[@]} -gt 0 ]]; then
    local bare_live bare_get bare_post
    bare_live=$(bare_figures liveness | cut -d' ' -f1)
    bare_get=$(bare_figures get | cut -d' ' -f1)
    bare_post=$(bare_figures post | cut -d' ' -f1)
    echo
    echo "orderkeep against the bare app, -c$CONNECTIONS (the main runs; ÷bare = orderkeep req/s / the bare app's):"
    printf '%-8s %9s %9s %9s %9s %9s %11s  %s\n' db 'live/s' '÷bare' 'read/s' '÷bare' 'order/s' '÷bare POST' targets
    for db in "${DATABASES[@]}"; do
      local live_rps read_rps order_rps
      live_rps=$(cell "$OUT/http-$db.live" 3)
      read_rps=$(cell "$OUT/http-$db.rows" 3)
      order_rps=$(cell "$OUT/http-$db.rows" 6)
      if [[ -z $live_rps || -z $read_rps || -z $bare_live || -z $bare_get || -z $bare_post ]]; then
        printf '%-8s (no ratio: a run failed)\n' "$db"
        continue
      fi
      local live_ratio read_ratio order_ratio
      live_ratio=$(ratio_of "$live_rps" "$bare_live")
      read_ratio=$(ratio_of "$read_rps" "$bare_get")
      order_ratio=$(ratio_of "$order_rps" "$bare_post")
      printf '%-8s %9.0f %8s %9.0f %8s %9.0f %10s  %s\n' "$db" "$live_rps" "$live_ratio" "$read_rps" "$read_ratio" \
        "$order_rps" "$order_ratio" \
        "liveness $(met "$live_ratio" "$TARGET_LIVENESS_RATIO"), GET $(met "$read_ratio" "$TARGET_GET_RATIO")"
      local live_bad
      live_bad=$(cut -f6 "$OUT/http-$db.live")
      [[ $live_bad == 0 ]] || echo "         ERRORS in the liveness run: statuses $(cut -f7 "$OUT/http-$db.live")"
    done
    echo "targets: liveness ÷bare >= $TARGET_LIVENESS_RATIO, read (GET /api/products/{id}) ÷bare JSON GET" \
      ">= $TARGET_GET_RATIO; order ÷bare POST has no target (the bare POST stores nothing)"

    echo
    echo "order placement, latency-throughput curve (wrk -t$WRK_THREADS -d$DURATION at each -c, after the main runs):"
    printf '%-8s %5s %9s %8s %8s %8s\n' db conns 'order/s' 'or p50' 'or p99' 'non-201'
    for db in "${DATABASES[@]}"; do
      [[ -f $OUT/http-$db.curve ]] || { printf '%-8s (no result: the run failed)\n' "$db"; continue; }
      while IFS=$'\t' read -r d c rps p50 p99 bad statuses; do
        printf '%-8s %5s %9.0f %8s %8s %8s\n' "$d" "$c" "$rps" "$p50" "$p99" "$bad"
        [[ $bad == 0 ]] || echo "         ERRORS at -c$c: order statuses $statuses"
      done <"$OUT/http-$db.curve"
    done
  fi
}

echo
summary | tee "$OUT/http-summary.txt"
# A run with errors or lost stock is a failed benchmark, whatever its figures.
if [[ ! -f $OUT/http-bare.rows ]] || cut -f5 "$OUT/http-bare.rows" | grep -qv '^0$'; then status=1; fi
for db in "${DATABASES[@]}"; do
  if [[ -f $OUT/http-$db.rows ]]; then
    if cut -f9,13,15 "$OUT/http-$db.rows" | grep -qv $'^0\t0\tPASS$'; then status=1; fi
  fi
  for file in "$OUT/http-$db.live" "$OUT/http-$db.curve"; do
    if [[ -f $file ]] && cut -f6 "$file" | grep -qv '^0$'; then status=1; fi
  done
done
exit $status
