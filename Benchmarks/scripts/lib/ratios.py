"""ratios.py OUT A:B:LABEL ... - the ratios of A_requests_per_s to B_requests_per_s in the RESULT
lines of OUT, per round, and their median and range: each round's servers saw the same machine."""
import statistics
import sys

values = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) >= 4 and parts[0] == "RESULT":
        values.setdefault(parts[1], []).append(float(parts[2]))
print()
print("requests/s ratios, median of the rounds [min-max]:")
for spec in sys.argv[2:]:
    a, b, label = spec.split(":", 2)
    rounds = [x / y for x, y in zip(values[a + "_requests_per_s"], values[b + "_requests_per_s"])]
    print("%-50s %.2f  [%.2f-%.2f]" % (label, statistics.median(rounds), min(rounds), max(rounds)))
