# Shared by the bench scripts (sourced, not run).

# The median of the numbers on stdin (one per line or blank-separated), to two decimals.
median() {
  tr -s ' \t' '\n' | grep . | sort -n \
    | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Seconds since $1 (a `date +%s.%N` reading), to two decimals.
seconds_since() {
  awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }'
}
