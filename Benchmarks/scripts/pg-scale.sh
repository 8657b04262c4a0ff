#!/usr/bin/env bash
# pg-scale.sh - many programmes on one PostgreSQL server: a region's log of EVENTS events, made once
# by projection-bench's generator, copied into REGIONS databases (42 regions × 240,000 ≈ 10⁷
# events: one `programctl store copy`, then copies of that database made by the server); and a
# growth series of one region's log (SIZES). For each size it reports the full
# rebuild of a region (projection-bench --rebuild-only, on the SQLite file and on its copy in the
# database) and the latency of recording a command (projection-bench append: one `input add` per
# transaction, through the rules) with 1, 4 and 8 writer processes at once, each on a region of
# its own ("spread") or all on one region ("same"), on PostgreSQL and on SQLite files alike.
#
#   swift build -c release
#   PG_URL=postgres://postgres@127.0.0.1:5432/postgres Benchmarks/scripts/pg-scale.sh
#   PG_URL=… REGIONS=42 EVENTS=25000 SIZES="25000 50000 100000 240000" Benchmarks/scripts/pg-scale.sh
#
# Copying the log in takes time linear in its size (schema version 3): 240,000 events in about
# 15 s here, and the 41 other regions are the server's copies of that database (about a minute).
#
# PG_URL names a role that may create databases. The logs (DIR) and the databases
# (pgscale_<events>_<region>) are kept for the next run, which copies nothing again; each run's
# writers add APPENDS inputs per process to them. To start afresh, drop the databases and DIR.
# Prints the RESULT lines as they come, then two tables. Needs psql, bc and python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
PG_URL="${PG_URL:?a PostgreSQL URL whose role may create databases, e.g. postgres://postgres@127.0.0.1:5432/postgres}"
REGIONS="${REGIONS:-42}"
EVENTS="${EVENTS:-240000}"
SIZES="${SIZES:-}"
WRITERS="${WRITERS:-1 4 8}"
APPENDS="${APPENDS:-100}"
DIR="${DIR:-/tmp/pg-scale}"
bench="$root/.build/release/projection-bench"
programctl="$root/.build/release/programctl"
server="${PG_URL%/*}"
work="$(mktemp -d /tmp/pg-scale.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$DIR"
rebuilds="$work/rebuilds.tsv"
appends="$work/appends.tsv"
: >"$rebuilds"
: >"$appends"
most_writers="$(printf '%s\n' $WRITERS | sort -n | tail -1)"

database() { printf 'pgscale_%s_%02d' "$1" "$2"; }
# seconds METRIC FILE / events METRIC FILE: from a RESULT line's note "(N events, S s)".
seconds() { sed -n "s/^RESULT $1 .*events, \([0-9.]*\) s).*/\1/p" "$2"; }
events() { sed -n "s/^RESULT $1 .*(\([0-9]*\) events.*/\1/p" "$2"; }

# load SIZE COUNT: the log of SIZE events, and COUNT databases holding it: the first a copy by
# `programctl store copy`, the others the server's copies of that database (CREATE DATABASE …
# TEMPLATE: file by file, as the events are the same); and SQLite copies for the writers.
load() {
    local size="$1" count="$2" log="$DIR/swift_programme_$1.sqlite" first region name start
    nice -n 5 "$bench" --dir "$DIR" --events "$size" --rebuild-only >/dev/null
    first="$(database "$size" 1)"
    exists() { [ -n "$(psql -tAq "$PG_URL" -c "SELECT 1 FROM pg_database WHERE datname = '$1'")" ]; }
    if ! exists "$first"; then
        psql -q "$PG_URL" -c "CREATE DATABASE $first"
        start="$(date +%s.%N)"
        nice -n 5 "$programctl" store copy "$log" "$server/$first" >/dev/null ||
            { psql -q "$PG_URL" -c "DROP DATABASE $first"; exit 1; }
        echo "# programctl store copy of the $size-event log: $(echo "$(date +%s.%N) - $start" | bc) s"
    fi
    start="$(date +%s.%N)"
    for region in $(seq 2 "$count"); do
        name="$(database "$size" "$region")"
        exists "$name" || psql -q "$PG_URL" -c "CREATE DATABASE $name TEMPLATE $first"
    done
    echo "# $count databases of $size events ready (cloning took $(echo "$(date +%s.%N) - $start" | bc) s)"
    for region in $(seq 1 "$most_writers"); do
        [ -e "$DIR/append_${size}_$region.sqlite" ] ||
            "$programctl" store copy "$log" "$DIR/append_${size}_$region.sqlite" >/dev/null
    done
}

# rebuild SIZE DATABASES: projection-bench's rebuild of region 1, on SQLite and on PostgreSQL.
rebuild() {
    "$bench" --dir "$DIR" --events "$1" --rebuild-only --postgres "$server/$(database "$1" 1)" | tee "$work/rebuild.out"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" \
        "$(events swift_projection_events_per_s "$work/rebuild.out")" \
        "$(seconds swift_projection_events_per_s "$work/rebuild.out")" \
        "$(events postgres_projection_events_per_s "$work/rebuild.out")" \
        "$(seconds postgres_projection_events_per_s "$work/rebuild.out")" >>"$rebuilds"
}

# writers SIZE BACKEND PLACEMENT COUNT: COUNT append processes started together.
writers() {
    local size="$1" backend="$2" placement="$3" count="$4" index target
    local pids=() start
    start="$(echo "$(date +%s.%N) + 3 + $count * ${fold_seconds[$size]}" | bc)"
    rm -f "$work"/latency.* "$work"/writer.*
    for index in $(seq 1 "$count"); do
        target=$([ "$placement" = spread ] && echo "$index" || echo 1)
        if [ "$backend" = postgres ]; then
            target="$server/$(database "$size" "$target")"
        else
            target="$DIR/append_${size}_$target.sqlite"
        fi
        "$bench" append "$target" --count "$APPENDS" --start-at "$start" --latencies "$work/latency.$index" \
            >"$work/writer.$index" &
        pids+=($!)
    done
    for index in "${!pids[@]}"; do wait "${pids[$index]}"; done
    local end="$(date +%s.%N)"
    python3 - "$size" "$backend" "$placement" "$count" "$start" "$end" "$work" >>"$appends" <<'PY'
import glob, math, re, sys
size, backend, placement, count, start, end, work = sys.argv[1:]
latencies = sorted(float(line) for name in glob.glob(work + "/latency.*") for line in open(name))
folds = [float(m) for name in glob.glob(work + "/writer.*")
         for m in re.findall(r"^RESULT append_fold_s (\S+)", open(name).read(), re.M)]
p = lambda q: latencies[min(len(latencies) - 1, math.ceil(len(latencies) * q) - 1)]
late = sum(len(re.findall(r"^# started late", open(name).read(), re.M)) for name in glob.glob(work + "/writer.*"))
print("\t".join([size, backend, placement, count, "%.2f" % p(0.5), "%.2f" % p(0.99),
                 "%.0f" % (len(latencies) / (float(end) - float(start))), "%.2f" % max(folds),
                 "%d late" % late if late else ""]))
PY
    tail -1 "$appends" | awk -F'\t' '{ printf "RESULT append_%s_%s_%s_writers_p50_ms %s ms  (%s events; p99 %s ms, %s commands/s)\n", $2, $3, $4, $5, $1, $6, $7 }'
}

declare -A fold_seconds
sizes="$(printf '%s\n' $SIZES "$EVENTS" | sort -n | uniq)"
for size in $sizes; do
    count=$([ "$size" = "$EVENTS" ] && echo "$REGIONS" || echo "$most_writers")
    [ "$count" -ge "$most_writers" ] || count="$most_writers"
    echo "# $size events a region, $count databases"
    load "$size" "$count"
    rebuild "$size" "$count"
    # The writers fold before their first command; they start together once all should have.
    fold_seconds[$size]="$(awk -F'\t' -v s="$size" '$1 == s { print $6 }' "$rebuilds" | tail -1)"
    for writers in $WRITERS; do
        for placement in spread same; do
            [ "$writers" != 1 ] || [ "$placement" = same ] || continue
            for backend in postgres sqlite; do writers "$size" "$backend" "$placement" "$writers"; done
        done
    done
done

echo
echo "Full rebuild of one region (projection-bench --rebuild-only; region 1 of DATABASES on the server)"
python3 - "$rebuilds" <<'PY'
import sys
print("%10s %9s %10s %9s %11s %10s %9s %11s %9s" % (
    "size", "databases", "SQLite ev", "SQLite s", "SQLite ev/s", "PG ev", "PG s", "PG ev/s", "PG/SQLite"))
for line in open(sys.argv[1]):
    size, count, sqlite_events, sqlite_s, pg_events, pg_s = line.rstrip("\n").split("\t")
    sqlite_rate, pg_rate = int(sqlite_events) / float(sqlite_s), int(pg_events) / float(pg_s)
    print("%10s %9s %10s %9s %11.0f %10s %9s %11.0f %9.2f" % (
        size, count, sqlite_events, sqlite_s, sqlite_rate, pg_events, pg_s, pg_rate, pg_rate / sqlite_rate))
PY
echo
echo "Recording one command (projection-bench append: input add, one transaction each; $APPENDS per writer)"
python3 - "$appends" <<'PY'
import sys
print("%10s %9s %8s %8s %9s %9s %11s %13s" % ("size", "backend", "placing", "writers", "p50 ms", "p99 ms", "commands/s", "writer fold s"))
for line in open(sys.argv[1]):
    size, backend, placement, count, p50, p99, rate, fold, late = line.rstrip("\n").split("\t")
    print("%10s %9s %8s %8s %9s %9s %11s %13s %s" % (size, backend, placement, count, p50, p99, rate, fold, late))
PY
