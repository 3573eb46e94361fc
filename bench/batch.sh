#!/usr/bin/env bash
# A batch of many scenarios: throughput (how busy the cores are) and memory (flat whatever the
# number of scenarios). Defaults: 500 scenarios x 10,000 trials x 36 months in the JVM's default
# heap. Prints wall and CPU time, core utilisation (CPU / (wall x cores); other processes on the
# machine lower it), trials per second, peak heap after GC and peak RSS.
#
#   bench/batch.sh                                  # 500 x 10,000 trials, baseline arm only
#   SCENARIOS=200 TRIALS=500 bench/batch.sh         # many small scenarios (one block each)
#   SOLUTIONS=all HEAP=256m bench/batch.sh          # every solution as an arm, in 256 MB
#   CHARTS=1 SCENARIOS=30 bench/batch.sh            # with charts (default: --no-charts)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scenarios="${SCENARIOS:-500}"
trials="${TRIALS:-10000}"
months="${MONTHS:-36}"
solutions="${SOLUTIONS:-none}"
cores="$(nproc)"
threads="${THREADS:-$cores}"
heap_opt=()
[[ -n "${HEAP:-}" ]] && heap_opt=(-Xmx"$HEAP")
charts_opt=(--no-charts)
[[ -n "${CHARTS:-}" ]] && charts_opt=()
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

jar="${JAR:-$here/simulator/target/scalesim.jar}"   # JAR=... compares another build
[[ -n "${JAR:-}" ]] || "$here/scalesim" --version >/dev/null   # builds the jar if needed
# Run a copy: a rebuild while the bench runs must not swap classes under the running JVM.
cp "$jar" "$work/scalesim.jar"
{
  echo "scenario,model,months,trials,seed,challenges,solutions,price,monthly_churn"
  for ((i = 1; i <= scenarios; i++)); do
    echo "s$i,subscription-saas,$months,$trials,$i,all,$solutions,$((30 + i % 50)),3% to 6%"
  done
} > "$work/batch.csv"
echo "batch bench: $scenarios scenarios x $trials trials x $months months, solutions=$solutions," \
  "heap=${HEAP:-default}, $threads threads, charts=${CHARTS:-off}" >&2
status=0
/usr/bin/time -f "%e %U %S %M" -o "$work/time" java "${heap_opt[@]}" -Xlog:gc:file="$work/gc.log" \
    -jar "$work/scalesim.jar" run "$work/batch.csv" --out "$work/out" --threads "$threads" \
    "${charts_opt[@]}" --quiet || status=$?
read -r wall user sys rss_kb < "$work/time"
after="$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | awk -F'[M>-]+' '{ if ($2 > a) a = $2 } END { print a + 0 }')"
awk -v w="$wall" -v u="$user" -v s="$sys" -v c="$cores" -v n="$scenarios" -v t="$trials" -v st="$status" \
    -v a="$after" -v r="$rss_kb" 'BEGIN {
  printf "exit=%d wall=%.1fs cpu=%.1fs utilisation=%.0f%% trials_per_s=%.0f peak_heap_after_gc=%dMB peak_rss=%dMB\n",
    st, w, u + s, 100 * (u + s) / (w * c), n * t / w, a, r / 1024 }'
[[ "$(ls "$work/out" | grep -c '^s')" == "$scenarios" ]] || { echo "missing reports" >&2; exit 1; }
exit "$status"
