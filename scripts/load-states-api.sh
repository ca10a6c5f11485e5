#!/usr/bin/env bash
# Load test of the treaty status API against an application that is already running.
#
#   scripts/load-states-api.sh [BASE_URL]      (default http://127.0.0.1:8080)
#
# Warms up, then measures GET /api/states?asOf=2014-04-07 with wrk at 1 connection and at 16,
# GET /api/treaty/summary?asOf=2014-04-07 at 1, and GET /api/obligations?asOf=2014-04-07 (every
# obligation of every State Party) at 1, printing p50/p90/p99 and requests/s. Targets: a median
# under 20 ms for /api/states and under 50 ms for /api/obligations.
# Only loopback targets are accepted; the whole run takes about a minute.
# Needs wrk (Debian: apt-get install wrk) and curl.
set -euo pipefail

BASE_URL="${1:-http://127.0.0.1:8080}"
BASE_URL="${BASE_URL%/}"
AS_OF="2014-04-07"
DURATION="${DURATION:-15s}"
TARGET_MS=20
OBLIGATIONS_TARGET_MS=50

case "$BASE_URL" in
  http://127.0.0.1:*|http://127.0.0.1/*|http://127.0.0.1|http://localhost:*|http://localhost|http://\[::1\]:*|http://\[::1\]) ;;
  *) echo "Refusing $BASE_URL: only loopback targets (127.0.0.1, localhost, [::1]) are allowed." >&2; exit 2 ;;
esac
case "$DURATION" in
  [1-9]s|[1-5][0-9]s|60s) ;;
  *) echo "DURATION must be 1s..60s, got $DURATION" >&2; exit 2 ;;
esac
for tool in wrk curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed; on Debian/Ubuntu: sudo apt-get install $tool" >&2
    exit 2
  fi
done

STATES_URL="$BASE_URL/api/states?asOf=$AS_OF"
SUMMARY_URL="$BASE_URL/api/treaty/summary?asOf=$AS_OF"
OBLIGATIONS_URL="$BASE_URL/api/obligations?asOf=$AS_OF"

for url in "$STATES_URL" "$SUMMARY_URL" "$OBLIGATIONS_URL"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url" || true)
  if [ "$code" != "200" ]; then
    echo "GET $url answered $code (is the application running?)" >&2
    exit 1
  fi
done
states=$(curl -s --max-time 10 "$STATES_URL" | grep -o '"iso3"' | wc -l)
echo "GET /api/states?asOf=$AS_OF returns $states states"

echo "Warming up (15 s)..."
wrk -t2 -c8 -d5s --timeout 5s "$STATES_URL" >/dev/null
wrk -t1 -c2 -d5s --timeout 5s "$SUMMARY_URL" >/dev/null
wrk -t1 -c2 -d5s --timeout 5s "$OBLIGATIONS_URL" >/dev/null

# Converts a wrk duration (e.g. 812.00us, 3.41ms, 1.02s) to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.2f", v * 60000 }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else { printf "%s", v } }'
}

P50=""
# run LABEL THREADS CONNECTIONS URL: runs wrk and prints one summary line.
run() {
  local label=$1 threads=$2 conns=$3 url=$4 out p50 p90 p99 rps errors
  out=$(wrk -t"$threads" -c"$conns" -d"$DURATION" --timeout 5s --latency "$url")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p90=$(to_ms "$(awk '$1 == "90%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  printf '%-40s -t%s -c%-3s p50 %8s ms   p90 %8s ms   p99 %8s ms   %10s req/s\n' \
    "$label" "$threads" "$conns" "$p50" "$p90" "$p99" "$rps"
  if [ -n "$errors" ]; then
    echo "  WARNING: $errors"
  fi
  P50=$p50
}

echo "Measuring ($DURATION per run) against $BASE_URL"
run "GET /api/states?asOf=$AS_OF" 1 1 "$STATES_URL"
states_p50_c1=$P50
run "GET /api/states?asOf=$AS_OF" 2 16 "$STATES_URL"
run "GET /api/treaty/summary?asOf=$AS_OF" 1 1 "$SUMMARY_URL"
run "GET /api/obligations?asOf=$AS_OF" 1 1 "$OBLIGATIONS_URL"
obligations_p50_c1=$P50

if awk -v p="$obligations_p50_c1" -v t="$OBLIGATIONS_TARGET_MS" 'BEGIN { exit !(p < t) }'; then
  echo "RESULT: median of GET /api/obligations at c=1 is $obligations_p50_c1 ms: under the $OBLIGATIONS_TARGET_MS ms target."
else
  echo "RESULT: median of GET /api/obligations at c=1 is $obligations_p50_c1 ms: NOT under the $OBLIGATIONS_TARGET_MS ms target."
fi
if awk -v p="$states_p50_c1" -v t="$TARGET_MS" 'BEGIN { exit !(p < t) }'; then
  echo "RESULT: median of GET /api/states at c=1 is $states_p50_c1 ms: under the $TARGET_MS ms target."
else
  echo "RESULT: median of GET /api/states at c=1 is $states_p50_c1 ms: NOT under the $TARGET_MS ms target."
  exit 1
fi
