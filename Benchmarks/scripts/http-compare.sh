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

# measure NAME URL: one wrk run, as http_limit.sh measures -> RESULT NAME_requests_per_s / _p50 / _p99
measure() {
    wrk -t2 -c64 -d"$DURATION" --latency "$2" >"$work/run.txt"
    python3 - "$work/run.txt" "$1" <<'PY'
import re, sys
txt = open(sys.argv[1]).read()
def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s)$", v)
    x = float(m.group(1))
    return x / 1000 if m.group(2) == "us" else x * 1000 if m.group(2) == "s" else x
lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", txt, re.M))
print("RESULT %s_requests_per_s %.0f req/s" % (sys.argv[2], float(re.search(r"Requests/sec:\s+([\d.]+)", txt).group(1))))
print("RESULT %s_latency_p50_ms %.3f ms" % (sys.argv[2], ms(lat["50"])))
print("RESULT %s_latency_p99_ms %.3f ms" % (sys.argv[2], ms(lat["99"])))
for e in re.findall(r"Socket errors:.*|Non-2xx.*", txt):
    print("# WARNING %s %s" % (sys.argv[2], e))
PY
}

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
python3 - "$out" <<'PY'
import statistics, sys
values = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) >= 4 and parts[0] == "RESULT":
        values.setdefault(parts[1], []).append(float(parts[2]))
def ratio(a, b, label):
    # Per round, then the median: each round's servers saw the same machine.
    rounds = [x / y for x, y in zip(values[a + "_requests_per_s"], values[b + "_requests_per_s"])]
    print("%-50s %.2f  [%.2f-%.2f]" % (label, statistics.median(rounds), min(rounds), max(rounds)))
print()
print("requests/s ratios, median of the rounds [min-max]:")
ratio("http_extra", "http_w1", "programd /api/v2/framework / nginx (1 worker)")
ratio("http_healthz", "http_w1", "programd /healthz / nginx (1 worker)")
ratio("http_extra", "http_hummingbird", "programd /api/v2/framework / hummingbird-bench")
ratio("http_healthz", "http_extra", "programd /healthz / programd /api/v2/framework")
PY
