#!/usr/bin/env bash
# Spark against the local engine on one machine: a batch (every example file) on the local
# engine, on local[1] and on local[2], alternated RUNS times; prints each run's wall time and the
# medians, so efficiency per core and the fixed cost of a Spark application can be read off.
# Then the driver's peak heap for one scenario at 1,000,000 trials on local[2] (block summaries
# stream to the driver one task at a time, so it must not grow with trials).
# Usage: bench/spark.sh [RUNS=3] [TRIALS=2000]   (needs ./scalesim run --spark to have built spark/)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib.sh
source bench/lib.sh
runs="${1:-3}"
trials="${2:-2000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A times
for i in $(seq 1 "$runs"); do
  for engine in local 'local[1]' 'local[2]'; do
    extra=()
    [[ "$engine" != local ]] && extra=(--spark "$engine")
    start=$(date +%s.%N)
    ./scalesim run scenarios/ --trials "$trials" --months 24 --no-charts --quiet --out "$work/$i-$engine" \
      ${extra[@]+"${extra[@]}"} 2>/dev/null
    t=$(seconds_since "$start")
    times[$engine]+="$t "
    echo "run $i $engine: ${t}s"
  done
done
for engine in local 'local[1]' 'local[2]'; do
  echo "median $engine: $(echo "${times[$engine]}" | median)s"
done
# driver heap at 1,000,000 trials: GC log of the driver JVM, peak heap after GC
printf 'scenario,model,months,trials,seed,solutions\nbig,subscription-saas,24,1000000,1,faster-onboarding\n' > "$work/big.csv"
SCALESIM_JAVA_OPTS="-Xlog:gc:file=$work/gc.log" ./scalesim run "$work/big.csv" --no-charts --quiet \
  --out "$work/big" --spark 'local[2]' 2>/dev/null
echo "driver heap after GC, 1,000,000 trials, local[2]: max $(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" \
  | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1) MB (whole JVM: driver and local executors)"
# the same million trials in a 600 MB heap (Spark's local mode needs at least 450 MB): completes,
# with the same summary, when driver memory does not grow with trials
SCALESIM_JAVA_OPTS="-Xmx600m" ./scalesim run "$work/big.csv" --no-charts --quiet --out "$work/big600" \
  --spark 'local[2]' 2>/dev/null && cmp -s "$work/big/big/summary.csv" "$work/big600/big/summary.csv" \
  && echo "1,000,000 trials in -Xmx600m: completed, summary.csv identical" \
  || echo "1,000,000 trials in -Xmx600m: FAILED or differs"
