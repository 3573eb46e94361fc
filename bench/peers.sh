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
# shellcheck source=lib.sh
source "$here/bench/lib.sh"
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
  local t0
  t0="$(date +%s.%N)"
  "$here/scalesim" run "$here/bench/peers/plain.csv" --trials "$trials" --threads "$1" --out "$work/out" \
    --quiet --no-charts
  seconds_since "$t0"
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
column() { awk -v c="$1" '{ print $c }' "$work/times" | median; }
np="$(column 1)"; jl="$(column 2)"; s1="$(column 3)"; s2="$(column 4)"
echo "medians: numpy $np s, java loop $jl s, scalesim $s1 s (1 thread), $s2 s (2 threads)"
awk -v np="$np" -v jl="$jl" -v s1="$s1" -v s2="$s2" 'BEGIN {
  printf "scalesim vs numpy: %.2fx (1 thread), %.2fx (2 threads); vs the java loop: %.2fx, %.2fx\n", np / s1, np / s2, jl / s1, jl / s2 }'
