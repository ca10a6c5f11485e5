#!/usr/bin/env bash
# Pages against their JSON counterparts, on an application that is already running.
#
#   scripts/load-pages.sh [BASE_URL]      (default http://127.0.0.1:8080)
#
# For each pair, wrk at 1 connection measures the median (p50) of the page and of the JSON
# call(s) that carry the same data, then prints the ratio; the target is a page within 3x.
# The page and its JSON are measured in turn, ROUNDS times (default 3): on a shared machine
# whose load changes, each round's ratio compares two runs made under the same load, and the
# median of the rounds is reported (the rounds' ratios are printed too):
#   /states?size=200         vs  /api/states
#   /obligations             vs  /api/obligations
#   /                        vs  /api/treaty/timeline + /api/treaty/summary (sum of medians)
# and the Excel export /obligations.xlsx (target: under 1 s), all as of 2014-04-07.
# Only loopback targets are accepted; DURATION (default 4s) per run; about 2 minutes.
# Exits 1 when a page misses its target. Needs wrk (Debian: apt-get install wrk) and curl.
set -euo pipefail

BASE_URL="${1:-http://127.0.0.1:8080}"
BASE_URL="${BASE_URL%/}"
AS_OF="2014-04-07"
DURATION="${DURATION:-4s}"
ROUNDS="${ROUNDS:-3}"

case "$BASE_URL" in
  http://127.0.0.1:*|http://127.0.0.1/*|http://127.0.0.1|http://localhost:*|http://localhost|http://\[::1\]:*|http://\[::1\]) ;;
  *) echo "Refusing $BASE_URL: only loopback targets (127.0.0.1, localhost, [::1]) are allowed." >&2; exit 2 ;;
esac
case "$DURATION" in
  [1-9]s|[1-5][0-9]s|60s) ;;
  *) echo "DURATION must be 1s..60s, got $DURATION" >&2; exit 2 ;;
esac
case "$ROUNDS" in
  [1-9]) ;;
  *) echo "ROUNDS must be 1..9, got $ROUNDS" >&2; exit 2 ;;
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

# median V1 V2 ...: the median of the numbers.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

failed=0
# compare LABEL PAGE JSON...: ROUNDS rounds of the page then its JSON call(s) (their medians
# added up); prints the medians and the median ratio, against the 3x target.
compare() {
  local label=$1 page=$2 pages=() jsons=() ratios=() p j json verdict ratio
  shift 2
  for _ in $(seq "$ROUNDS"); do
    p=$(p50 "$page")
    j=0
    for json in "$@"; do j=$(awk -v a="$j" -v b="$(p50 "$json")" 'BEGIN { printf "%.2f", a + b }'); done
    pages+=("$p"); jsons+=("$j"); ratios+=("$(awk -v p="$p" -v j="$j" 'BEGIN { printf "%.2f", p / j }')")
  done
  ratio=$(median "${ratios[@]}")
  if awk -v r="$ratio" 'BEGIN { exit !(r <= 3) }'; then verdict="within 3x"; else verdict="NOT within 3x"; failed=1; fi
  printf '%-50s page p50 %8s ms   JSON p50 %8s ms   %5.1fx  %s (rounds: %s)\n' "$label" "$(median "${pages[@]}")" \
    "$(median "${jsons[@]}")" "$ratio" "$verdict" "${ratios[*]}"
}

echo "Measuring ($ROUNDS rounds of $DURATION a run, 1 connection) against $BASE_URL, asOf=$AS_OF"
compare "/states?size=200 vs /api/states" "/states?size=200&asOf=$AS_OF" "/api/states?asOf=$AS_OF"
compare "/obligations vs /api/obligations" "/obligations?asOf=$AS_OF" "/api/obligations?asOf=$AS_OF"
compare "/ vs /api/treaty/timeline + /api/treaty/summary" "/?asOf=$AS_OF" \
  "/api/treaty/timeline?asOf=$AS_OF" "/api/treaty/summary?asOf=$AS_OF"
xlsx=$(p50 "/obligations.xlsx?asOf=$AS_OF")
if awk -v p="$xlsx" 'BEGIN { exit !(p < 1000) }'; then verdict="under 1 s"; else verdict="NOT under 1 s"; failed=1; fi
printf '%-50s p50 %8s ms   %s\n' "/obligations.xlsx" "$xlsx" "$verdict"
exit $failed
