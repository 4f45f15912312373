#!/usr/bin/env bash
# Takes the README's screenshots (docs/screenshots/*.png): builds the jar, starts it with the demo data in a
# temporary folder, and drives Debian's chromium through the pages as a buyer, a merchant and the platform.
set -euo pipefail
cd "$(dirname "$0")/.."
# Chinese text needs a CJK font in the browser; Debian's chromium brings none.
if ! fc-list | grep -qi 'wqy\|noto.*cjk'; then
  apt-get update -q && apt-get install -y -q --no-install-recommends fonts-wqy-microhei
fi
port=${PORT:-18090}
mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/screenshots.classpath
data=$(mktemp -d)
java -jar target/orderkeep.jar --server.port="$port" --orderkeep.data-dir="$data" --orderkeep.demo-data=true \
  > target/screenshots-app.log 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/actuator/health" >/dev/null && break
  sleep 1
done
sleep 3 # the demo data is seeded right after the service reports healthy
java -cp "$(cat target/screenshots.classpath)" docs/Screenshots.java "http://localhost:$port" docs/screenshots
