#!/usr/bin/env bash
# Memory bound of one large scenario: 1,000,000 trials x 36 months (every solution of
# subscription-saas as an arm) must run in a 512 MB heap. Prints the peak heap after GC and the
# peak heap before GC (from the JVM's GC log), the process's peak RSS, and the wall time.
#
#   bench/memory.sh                      # 1,000,000 trials, all solutions, -Xmx512m
#   TRIALS=200000 SOLUTIONS=none HEAP=256m bench/memory.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
trials="${TRIALS:-1000000}"
months="${MONTHS:-36}"
solutions="${SOLUTIONS:-all}"
heap="${HEAP:-512m}"
threads="${THREADS:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

jar="${JAR:-$here/simulator/target/scalesim.jar}"   # JAR=... compares another build
[[ -n "${JAR:-}" ]] || "$here/scalesim" --version >/dev/null   # builds the jar if needed
# Run a copy: a rebuild while the bench runs must not swap classes under the running JVM.
cp "$jar" "$work/scalesim.jar"
cat > "$work/big.csv" <<CSV
scenario,model,months,trials,seed,challenges,solutions,price,monthly_churn
big,subscription-saas,$months,$trials,1,all,$solutions,49,3% to 6%
CSV
echo "memory bench: $trials trials x $months months, solutions=$solutions, -Xmx$heap, $threads threads" >&2
status=0
/usr/bin/time -f "%e %M" -o "$work/time" java -Xmx"$heap" -Xlog:gc:file="$work/gc.log" \
    -jar "$work/scalesim.jar" run "$work/big.csv" --out "$work/out" --threads "$threads" \
    --no-charts || status=$?
read -r wall rss_kb < "$work/time"
# GC lines end like "Pause Young (Normal) (G1 Evacuation Pause) 120M->35M(512M) 4.567ms".
peaks="$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" | awk -F'[M>(-]+' \
    '{ if ($1 > b) b = $1; if ($2 > a) a = $2 } END { printf "%d %d", a, b }')"
read -r after before <<< "${peaks:-0 0}"
echo "exit=$status wall=${wall}s peak_heap_after_gc=${after}MB peak_heap_before_gc=${before}MB peak_rss=$((rss_kb / 1024))MB"
exit "$status"
