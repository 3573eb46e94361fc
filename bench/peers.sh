#!/usr/bin/env bash
# scalesim against two peers on the plain cohort model (bench/peers/plain.csv: 120 months,
# Poisson(100) arrivals, 5% churn): a vectorised NumPy script written as an analyst would
# (bench/peers/plain_numpy.py) and the obvious hand-written Java loop (NaivePlainLoop in the
# benchmarks module). Runs alternate (numpy, java loop, scalesim on 1 thread, on 2 threads) so
# the machine's load hits them alike; prints each run, then medians and the ratios of medians.
# The peers time their simulation only (no interpreter or JVM start); scalesim is timed end to
# end through ./scalesim run --no-charts (JVM start, every metric, the report written), so the
# ratio understates the kernel's lead.
#
#   bench/peers.sh                 # 50,000 trials, 3 rounds
#   TRIALS=20000 RUNS=5 bench/peers.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
trials="${TRIALS:-50000}"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -c 'import numpy' 2>/dev/null || { echo "peers.sh: NumPy is missing (apt-get install python3-numpy)" >&2; exit 2; }
if [[ -z "${NO_BUILD:-}" ]]; then
  (cd "$here" && mvn -B -q -Pbench -DskipTests package -pl benchmarks -am) >&2
fi
"$here/scalesim" --version >/dev/null   # builds the jar and records the class archive if needed

scalesim_seconds() {
  rm -rf "$work/out"
  local t0 t1
  t0="$(date +%s.%N)"
  "$here/scalesim" run "$here/bench/peers/plain.csv" --trials "$trials" --threads "$1" --out "$work/out" \
    --quiet --no-charts
  t1="$(date +%s.%N)"
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
}

echo "peers bench: $trials trials, $runs rounds, $(nproc) cores; $(uptime)" >&2
: > "$work/times"
for ((i = 1; i <= runs; i++)); do
  numpy="$(python3 "$here/bench/peers/plain_numpy.py" "$trials" | awk '{ print $4 }')"
  loop="$(java -cp "$here/benchmarks/target/benchmarks.jar" dev.scalesim.bench.NaivePlainLoop "$trials" | awk '{ print $4 }')"
  one="$(scalesim_seconds 1)"
  two="$(scalesim_seconds 2)"
  echo "round $i: numpy $numpy s, java loop $loop s, scalesim 1 thread $one s, 2 threads $two s (load $(cut -d' ' -f1 /proc/loadavg))"
  echo "$numpy $loop $one $two" >> "$work/times"
done
awk '
  function median(col,   n, i, j, t, v) {
    n = 0
    for (i = 1; i <= NR; i++) v[++n] = x[i, col]
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  { for (c = 1; c <= 4; c++) x[NR, c] = $c }
  END {
    np = median(1); jl = median(2); s1 = median(3); s2 = median(4)
    printf "medians: numpy %.2f s, java loop %.2f s, scalesim %.2f s (1 thread), %.2f s (2 threads)\n", np, jl, s1, s2
    printf "scalesim vs numpy: %.2fx (1 thread), %.2fx (2 threads); vs the java loop: %.2fx, %.2fx\n", np / s1, np / s2, jl / s1, jl / s2
  }' "$work/times"
