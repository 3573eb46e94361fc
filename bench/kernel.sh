#!/usr/bin/env bash
# Kernel throughput (no JVM start, no report): cohort-month updates and trials per second for
# the plain cohort model (subscription-saas, challenges and solutions off, 120 months) and for
# every model's example (the first row of scenarios/<model>.csv), on 1 and 2 threads, medians
# of several runs after a warm-up. Also per CPU-second of the process: on a busy machine that is
# what an idle core would give. Prints the load average next to each line (other processes on
# the machine lower the wall-time figures) and the scaling from 1 to 2 threads.
#
#   bench/kernel.sh                                # plain + every model, 1 and 2 threads
#   bench/kernel.sh plain                          # just the plain model
#   TRIALS=4000 RUNS=3 THREADS=1,2,4 bench/kernel.sh plain subscription-saas
#   JMH=1 bench/kernel.sh                          # also the JMH micro-benchmarks (draws, recording)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
trials="${TRIALS:-10000}"
runs="${RUNS:-5}"
threads="${THREADS:-1,2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

jar="$here/benchmarks/target/benchmarks.jar"
if [[ -z "${NO_BUILD:-}" ]]; then
  (cd "$here" && mvn -B -q -Pbench -DskipTests package -pl benchmarks -am) >&2
fi
cp "$jar" "$work/benchmarks.jar"   # a rebuild during the run must not swap classes under it
if (($# == 0)); then
  set -- plain $(cd "$here/scenarios" && ls *.csv | sed 's/\.csv$//' | grep -v '^customer-support-agent$')
fi
echo "kernel bench: $(nproc) cores, trials=$trials, runs=$runs (median), threads=$threads; $(uptime)" >&2
java -Xmx2g -Dscalesim.root="$here" -cp "$work/benchmarks.jar" dev.scalesim.bench.Throughput \
    --trials "$trials" --runs "$runs" --threads "$threads" "$@" | tee "$work/out.txt"
# Scaling: wall-time trials/s on the most threads over 1 thread, per scenario.
awk 'NR > 1 { if ($2 == 1) one[$1] = $5; last[$1] = $5; lt[$1] = $2 }
     END { for (s in one) if (lt[s] > 1) printf "scaling %-22s 1 -> %d threads: %.2fx\n", s, lt[s], last[s] / one[s] }' \
    "$work/out.txt" | sort
if [[ -n "${JMH:-}" ]]; then
  java -jar "$work/benchmarks.jar" 'DrawsBench|RecordingBench' -rf text
fi
