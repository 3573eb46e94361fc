#!/usr/bin/env bash
# Where the kernel's time goes: the top frames by self time of one scenario's throughput run
# (bench/kernel.sh's Throughput, one thread, after its warm-up), with Linux perf when it is
# installed (it samples every instruction, so inlined and non-safepoint code is attributed
# correctly; the JVM writes a symbol map of its compiled code at exit), else with JFR (whose
# samples are taken at safepoints and misattribute time in this code; see BENCHMARKS.md).
#
#   bench/profile.sh                  # the plain model
#   TRIALS=3000 TOP=30 bench/profile.sh subscription-saas
#   bench/profile.sh path/to/scenario.csv
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
trials="${TRIALS:-4000}"
top="${TOP:-20}"
name="${1:-plain}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -z "${NO_BUILD:-}" ]]; then
  (cd "$here" && mvn -B -q -Pbench -DskipTests package -pl benchmarks -am) >&2
fi
cp "$here/benchmarks/target/benchmarks.jar" "$work/benchmarks.jar"
run=(-Dscalesim.root="$here" -cp "$work/benchmarks.jar" dev.scalesim.bench.Throughput
     --trials "$trials" --runs 3 --threads 1 "$name")

if command -v perf >/dev/null && perf record -o /dev/null -- true >/dev/null 2>&1; then
  echo "profile of $name with perf ($trials trials x 3 runs after the warm-up, 1 thread)" >&2
  (cd "$work" && perf record -q -F 2000 -o "$work/perf.data" -- java -XX:+UnlockDiagnosticVMOptions \
      -XX:+DumpPerfMapAtExit "${run[@]}") >&2
  perf report -i "$work/perf.data" --no-children --sort symbol -g none 2>/dev/null \
      | grep -v '^#' | grep -v '^$' | head -n "$top" | sed -E 's/ +- +- +$//; s/\[\.\] //'
else
  echo "perf is not available: profiling $name with JFR (see the caveat in BENCHMARKS.md)" >&2
  java -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
      -XX:StartFlightRecording=filename="$work/p.jfr",settings=profile "${run[@]}" >&2
  jfr print --events jdk.ExecutionSample "$work/p.jfr" \
      | awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); n[$0]++; total++ }
             END { for (f in n) printf "%6.1f%%  %s\n", 100 * n[f] / total, f }' \
      | sort -rn | head -n "$top"
fi
