#!/usr/bin/env bash
# End to end through ./scalesim, JVM start included (medians of RUNS runs):
#   first report:  a tiny scenario (100 trials) with --no-charts: JVM start to a complete report
#   target:        10,000 trials x 36 months, baseline + the four subscription-saas solutions,
#                  --no-charts (the issue's "under 1 second" run)
#   charts:        the reference example (first row of scenarios/subscription-saas.csv, 13 arms)
#                  with and without charts, and the share of the run the charts take
# The launcher's class-data archive (AppCDS) is used unless SCALESIM_CDS=0.
#
#   bench/startup.sh
#   RUNS=9 THREADS=2 bench/startup.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib.sh
source "$here/bench/lib.sh"
runs="${RUNS:-5}"
threads="${THREADS:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/scalesim" --version >/dev/null   # builds the jar and records the archive if needed

cat > "$work/tiny.csv" <<CSV
scenario,model,months,trials,seed,challenges,solutions
tiny,subscription-saas,36,100,1,all,none
CSV
cat > "$work/target.csv" <<CSV
scenario,model,months,trials,seed,challenges,solutions,price,monthly_churn,marketing_budget,cac,free_signups,free_conversion,starting_cash
target,subscription-saas,36,10000,7,all,faster-onboarding;customer-success;continuous-innovation;localization,49,3% to 6%,50k,\$250 to \$600,3000 to 8000,0.3% to 0.6%,\$2.5M
CSV
{ grep -v '^#' "$here/scenarios/subscription-saas.csv" | head -2; } > "$work/reference.csv"

# median wall seconds of $runs runs of: scalesim run FILE --out DIR ARGS...
median_run() {
  local file="$1"; shift
  local times=()
  for ((i = 0; i < runs; i++)); do
    rm -rf "$work/out"
    local t0
    t0="$(date +%s.%N)"
    "$here/scalesim" run "$file" --out "$work/out" --threads "$threads" --quiet "$@"
    times+=("$(seconds_since "$t0")")
  done
  printf '%s\n' "${times[@]}" | median
}
echo "startup bench: $(nproc) cores, $threads threads, $runs runs (median); $(uptime)" >&2
first="$(median_run "$work/tiny.csv" --no-charts)"
echo "first report (100 trials, no charts):          ${first} s"
target="$(median_run "$work/target.csv" --no-charts)"
echo "10,000 trials x 36 months x 5 arms, no charts: ${target} s"
nocharts="$(median_run "$work/reference.csv" --no-charts)"
charts="$(median_run "$work/reference.csv")"
echo "reference example (10,000 trials, 13 arms):    ${nocharts} s without charts, ${charts} s with" \
  "(charts $(awk -v c="$charts" -v n="$nocharts" 'BEGIN { printf "%.0f", 100 * (c - n) / c }')% of the run)"
