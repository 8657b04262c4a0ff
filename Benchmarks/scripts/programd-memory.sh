#!/usr/bin/env bash
# programd-memory.sh - programd's resident memory on projection-bench's large log: after start,
# after a request to every read model, and under load on a cached endpoint.
#
#   swift build -c release
#   .build/release/projection-bench --dir /tmp/peers-bench      # makes the log, saves a checkpoint
#   Benchmarks/scripts/programd-memory.sh /tmp/peers-bench/swift_programme_1000000.sqlite
#
# Prints RESULT lines. Linux only (reads VmRSS from /proc). Needs curl; wrk for the load step.
set -euo pipefail
log="${1:?the log of projection-bench, e.g. /tmp/peers-bench/swift_programme_1000000.sqlite}"
port="${PORT:-18190}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
programd="$here/.build/release/programd"

"$programd" --db "$log" --port "$port" --log-level warning >/dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs -o /dev/null "$base/healthz" && break; sleep 0.1; done
rss() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }

sleep 2
echo "RESULT programd_rss_after_start_mb $(rss) MB"
for path in overview framework pillars core-group plan conferences funds lineage timeline report; do
    curl -fs -o /dev/null "$base/api/v2/$path"
done
curl -fs -o /dev/null "$base/inbreng"
echo "RESULT programd_rss_after_every_view_mb $(rss) MB"
if command -v wrk >/dev/null; then
    wrk -t2 -c64 -d10s "$base/api/v2/framework" >/dev/null
    echo "RESULT programd_rss_after_load_mb $(rss) MB  (wrk -t2 -c64 -d10s /api/v2/framework)"
fi
