#!/usr/bin/env bash
# Pages against their JSON counterparts, on an application that is already running.
#
#   scripts/load-pages.sh [BASE_URL]      (default http://127.0.0.1:8080)
#
# For each pair, wrk at 1 connection measures the median (p50) of the page and of the JSON
# call(s) that carry the same data, then prints the ratio; the target is a page within 3x:
#   /states?size=200         vs  /api/states
#   /obligations             vs  /api/obligations
#   /                        vs  /api/treaty/timeline + /api/treaty/summary (sum of medians)
# and the Excel export /obligations.xlsx (target: under 1 s), all as of 2014-04-07.
# Only loopback targets are accepted; DURATION (default 10s) per run; about 2 minutes.
# Exits 1 when a page misses its target. Needs wrk (Debian: apt-get install wrk) and curl.
set -euo pipefail

BASE_URL="${1:-http://127.0.0.1:8080}"
BASE_URL="${BASE_URL%/}"
AS_OF="2014-04-07"
DURATION="${DURATION:-10s}"

case "$BASE_URL" in
  http://127.0.0.1:*|http://127.0.0.1/*|http://127.0.0.1|http://localhost:*|http://localhost|http://\[::1\]:*|http://\[::1\]) ;;
  *) echo "Refusing $BASE_URL: only loopback targets (127.0.0.1, localhost, [::1]) are allowed." >&2; exit 2 ;;
esac
case "$DURATION" in
  [1-9]s|[1-5][0-9]s|60s) ;;
  *) echo "DURATION must be 1s..60s, got $DURATION" >&2; exit 2 ;;
esac
for tool in wrk curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is not installed; on Debian/Ubuntu: sudo apt-get install $tool" >&2; exit 2; }
done

to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.2f", v * 60000 }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else { printf "%s", v } }'
}

# p50 PATH: warms up, then prints the median in ms of GET PATH at one connection.
p50() {
  local url="$BASE_URL$1" code out
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url" || true)
  [ "$code" = "200" ] || { echo "GET $url answered $code (is the application running?)" >&2; exit 1; }
  wrk -t1 -c1 -d2s --timeout 10s "$url" >/dev/null
  out=$(wrk -t1 -c1 -d"$DURATION" --timeout 10s --latency "$url")
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then echo "  WARNING: errors on $1" >&2; fi
  to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")"
}

failed=0
# compare LABEL PAGE_MS JSON_MS: prints the pair and the ratio, against the 3x target.
compare() {
  local label=$1 page=$2 json=$3 ratio verdict
  ratio=$(awk -v p="$page" -v j="$json" 'BEGIN { printf "%.1f", p / j }')
  if awk -v r="$ratio" 'BEGIN { exit !(r <= 3) }'; then verdict="within 3x"; else verdict="NOT within 3x"; failed=1; fi
  printf '%-58s page p50 %8s ms   JSON p50 %8s ms   %5sx  %s\n' "$label" "$page" "$json" "$ratio" "$verdict"
}

echo "Measuring ($DURATION a run, 1 connection) against $BASE_URL, asOf=$AS_OF"
states_page=$(p50 "/states?size=200&asOf=$AS_OF")
states_api=$(p50 "/api/states?asOf=$AS_OF")
compare "/states?size=200 vs /api/states" "$states_page" "$states_api"
obligations_page=$(p50 "/obligations?asOf=$AS_OF")
obligations_api=$(p50 "/api/obligations?asOf=$AS_OF")
compare "/obligations vs /api/obligations" "$obligations_page" "$obligations_api"
home_page=$(p50 "/?asOf=$AS_OF")
timeline=$(p50 "/api/treaty/timeline?asOf=$AS_OF")
summary=$(p50 "/api/treaty/summary?asOf=$AS_OF")
compare "/ vs /api/treaty/timeline + /api/treaty/summary" "$home_page" \
  "$(awk -v a="$timeline" -v b="$summary" 'BEGIN { printf "%.2f", a + b }')"
xlsx=$(p50 "/obligations.xlsx?asOf=$AS_OF")
if awk -v p="$xlsx" 'BEGIN { exit !(p < 1000) }'; then verdict="under 1 s"; else verdict="NOT under 1 s"; failed=1; fi
printf '%-58s p50 %8s ms   %s\n' "/obligations.xlsx" "$xlsx" "$verdict"
exit $failed
