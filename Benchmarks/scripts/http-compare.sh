#!/usr/bin/env bash
# http-compare.sh - programd's cached /api/v2/framework and /healthz against nginx (one worker,
# ../shared/peers/http_limit.sh) and against a minimal Hummingbird server serving the same bytes
# with the same headers (hummingbird-bench), round by round, so that all see the same machine.
#
#   swift build -c release
#   RUNS=3 Benchmarks/scripts/http-compare.sh
#
# Each round: http_limit.sh with one nginx worker and EXTRA_URL=programd's /api/v2/framework
# (http_w1_*, http_extra_*), then the same wrk settings (-t2 -c64 -d10s) on programd's /healthz
# (http_healthz_*) and on hummingbird-bench (http_hummingbird_*). Prints the RESULT lines, the
# median table (stats.py) and the ratios of requests/s per round (their median and range).
# Needs nginx, wrk and curl.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
peers="${PEERS:-$root/../shared/peers}"
RUNS="${RUNS:-3}"
DURATION="${DURATION:-10s}"
programd_port="${PROGRAMD_PORT:-18081}"
bench_port="${BENCH_PORT:-18082}"
work="$(mktemp -d /tmp/http-compare.XXXXXX)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

wait_for() { for _ in $(seq 1 300); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done; curl -fsS -o /dev/null "$1"; }

"$root/.build/release/programd" --demo --port "$programd_port" --log-level warning >"$work/programd.log" 2>&1 &
pids+=($!)
framework="http://127.0.0.1:$programd_port/api/v2/framework"
wait_for "$framework"
curl -fs -D "$work/headers" -o "$work/framework.json" "$framework"
etag="$(awk 'tolower($1) == "etag:" { sub(/\r$/, "", $2); print $2 }' "$work/headers")"
"$root/.build/release/hummingbird-bench" --body "$work/framework.json" --etag "$etag" --port "$bench_port" \
    >"$work/bench.log" 2>&1 &
pids+=($!)
bench="http://127.0.0.1:$bench_port/api/v2/framework"
wait_for "$bench"
cmp <(curl -fs "$bench") "$work/framework.json"

# measure NAME URL: one wrk run -> RESULT NAME_requests_per_s / _latency_p50_ms / _latency_p99_ms
source "$root/Benchmarks/scripts/lib/wrk-measure.sh"

out="$work/all.out"
: >"$out"
for round in $(seq 1 "$RUNS"); do
    echo "# round $round" | tee -a "$out"
    RUNS=1 WORKERS=1 DURATION="$DURATION" EXTRA_URL="$framework" HTTP_OUT="$work/round.out" BENCH_DIR="$work" \
        "$peers/http_limit.sh" >/dev/null
    grep '^RESULT\|WARNING' "$work/round.out" | tee -a "$out"
    measure http_healthz "http://127.0.0.1:$programd_port/healthz" | tee -a "$out"
    measure http_hummingbird "$bench" | tee -a "$out"
done
echo
python3 "$peers/stats.py" "$out"
python3 "$root/Benchmarks/scripts/lib/ratios.py" "$out" \
    "http_extra:http_w1:programd /api/v2/framework / nginx (1 worker)" \
    "http_healthz:http_w1:programd /healthz / nginx (1 worker)" \
    "http_extra:http_hummingbird:programd /api/v2/framework / hummingbird-bench" \
    "http_healthz:http_extra:programd /healthz / programd /api/v2/framework"
