#!/usr/bin/env bash
# http-backends.sh - programd's cached /api/v2/framework (and /healthz) served from an SQLite file
# and from a PostgreSQL database holding a copy of the same log, with http-compare.sh's wrk
# settings (-t2 -c64 -d10s), round by round, so that both see the same machine.
#
#   swift build -c release
#   PG_URL=postgres://postgres@127.0.0.1:5432/postgres RUNS=3 Benchmarks/scripts/http-backends.sh
#
# PG_URL names a role that may create databases; the script makes the database http_backends
# there and drops it afterwards. The log is the demo programme (programctl demo), or the SQLite
# file LOG=… (e.g. projection-bench's). Both daemons read the same events: the PostgreSQL one
# serves a `programctl store copy` of the file; each goes first in every other round. Prints the RESULT lines, each daemon's start
# ("projection ready … took"), the median table (stats.py) and the ratios of requests/s per round
# (their median and range). Needs wrk, curl and psql.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
peers="${PEERS:-$root/../shared/peers}"
PG_URL="${PG_URL:?a PostgreSQL URL whose role may create databases, e.g. postgres://postgres@127.0.0.1:5432/postgres}"
RUNS="${RUNS:-3}"
DURATION="${DURATION:-10s}"
sqlite_port="${SQLITE_PORT:-18091}"
postgres_port="${POSTGRES_PORT:-18092}"
work="$(mktemp -d /tmp/http-backends.XXXXXX)"
database="${PG_URL%/*}/http_backends"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS http_backends WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

wait_for() { for _ in $(seq 1 600); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done; curl -fsS -o /dev/null "$1"; }

log="${LOG:-$work/demo.sqlite}"
[ -n "${LOG:-}" ] || "$root/.build/release/programctl" demo --db "$log" >/dev/null
psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS http_backends WITH (FORCE)" -c "CREATE DATABASE http_backends"
"$root/.build/release/programctl" store copy "$log" "$database" >/dev/null

"$root/.build/release/programd" --db "$log" --port "$sqlite_port" >"$work/sqlite.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$sqlite_port/healthz"
"$root/.build/release/programd" --db "$database" --port "$postgres_port" >"$work/postgres.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$postgres_port/healthz"
for backend in sqlite postgres; do
    echo "# programd on $backend: $(grep 'projection ready' "$work/$backend.log")"
done
port() { [ "$1" = sqlite ] && echo "$sqlite_port" || echo "$postgres_port"; }
cmp <(curl -fs "http://127.0.0.1:$sqlite_port/api/v2/framework") \
    <(curl -fs "http://127.0.0.1:$postgres_port/api/v2/framework")

# measure NAME URL: one wrk run -> RESULT NAME_requests_per_s / _latency_p50_ms / _latency_p99_ms
source "$root/Benchmarks/scripts/lib/wrk-measure.sh"

out="$work/all.out"
: >"$out"
for round in $(seq 1 "$RUNS"); do
    echo "# round $round" | tee -a "$out"
    # Each backend goes first in every other round.
    backends=$([ $((round % 2)) = 1 ] && echo "sqlite postgres" || echo "postgres sqlite")
    for backend in $backends; do
        measure "http_${backend}_framework" "http://127.0.0.1:$(port "$backend")/api/v2/framework" | tee -a "$out"
        measure "http_${backend}_healthz" "http://127.0.0.1:$(port "$backend")/healthz" | tee -a "$out"
    done
done
echo
python3 "$peers/stats.py" "$out"
python3 "$root/Benchmarks/scripts/lib/ratios.py" "$out" \
    "http_postgres_framework:http_sqlite_framework:programd /api/v2/framework: PostgreSQL / SQLite" \
    "http_postgres_healthz:http_sqlite_healthz:programd /healthz: PostgreSQL / SQLite"
