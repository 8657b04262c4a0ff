# wrk-measure.sh - sourced by the HTTP scripts: `measure NAME URL` runs wrk once (-t2 -c64,
# $DURATION, as ../shared/peers/http_limit.sh does) and prints RESULT NAME_requests_per_s,
# NAME_latency_p50_ms and NAME_latency_p99_ms, and a WARNING line for socket errors or non-2xx
# answers. Needs $work (a scratch directory) and $DURATION.
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
