#!/usr/bin/env bash
# The results benchmark (issue 28, Speed): N schools' action plans (default 1,000, made from
# examples/action-plan.plan.yaml), built with all three formats from scratch, alone and each with
# a results file (examples/action-plan-year-end.results.yaml naming it): the plans with results
# must build at no less than half the plans/s of the plans alone. Then, in the site with results,
# one results file changed at a time (three of them): the rebuild must take < 1 s and write only
# that file's report, the plan's page and the index.
# Usage: bash src/bench/results.sh [N]      (results also go to target/bench/results-speed.txt)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-1000}"
work="$root/target/bench/results"
mkdir -p "$work"
cd "$root"
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
./plan --version >/dev/null   # builds the jar and its start-up cache when needed
export PLAN_CACHE_DIR="$work/user-cache"

measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/last.log" || {
    echo "bench: failed ($?): $*" >&2; tail -n 20 "$work/last.log" >&2; exit 1; }
  read -r wall user sys kib <"$work/time.txt"
  cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
  peak="$(awk -v k="$kib" 'BEGIN { printf "%.0f", k / 1024 }')"
}

java src/bench/CorpusGenerator.java --results-plans "$work/plans" "$count" examples/action-plan.plan.yaml
java src/bench/CorpusGenerator.java --results "$work/with" "$count" examples/action-plan.plan.yaml \
  examples/action-plan-year-end.results.yaml
./plan check "$work/with" >"$work/check.log" 2>&1 || { echo "bench: the corpus does not check clean" >&2;
  tail -n 20 "$work/check.log" >&2; exit 1; }

{
  echo "plan results benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, load at start $(cut -d' ' -f1 /proc/loadavg)"
  echo
  echo "| measure | wall | CPU (user+sys) | peak memory | goal |"
  echo "|---|---|---|---|---|"
  rm -rf "$work/site-plans"
  measure ./plan build "$work/plans" --out "$work/site-plans" --force
  alone="$(awk -v w="$wall" -v n="$count" 'BEGIN { printf "%.1f", n / w }')"; alone_cpu="$cpu"
  echo "| build, 3 formats, $count action plans alone | $wall s = $alone plans/s | $cpu s | $peak MiB | |"
  rm -rf "$work/site"
  measure ./plan build "$work/with" --out "$work/site" --force
  with="$(awk -v w="$wall" -v n="$count" 'BEGIN { printf "%.1f", n / w }')"
  ratio="$(awk -v a="$with" -v b="$alone" 'BEGIN { printf "%.2f", a / b }')"
  # On a shared machine CPU time is the fairer comparison: plans per CPU second, with results over alone.
  cpu_ratio="$(awk -v a="$alone_cpu" -v b="$cpu" 'BEGIN { printf "%.2f", a / b }')"
  echo "| build, 3 formats, the same plans each with a results file | $wall s = $with plans/s ($ratio × alone) | $cpu s ($cpu_ratio × alone's plans per CPU s) | $peak MiB | ≥ 0.5 × alone |"
  lines=()
  for n in 0011 0512 0999; do
    [ "$((10#$n))" -le "$count" ] || continue
    file="$work/with/school-$n-year-end.results.yaml"
    sed -i "0,/G1-1: {value: [0-9.]*}/s//G1-1: {value: $((RANDOM % 90 + 10)).$((RANDOM % 10))}/" "$file"
    touch "$work/marker"; sleep 0.01
    measure ./plan build "$work/with" --out "$work/site"
    # The site's assets (stylesheets, fonts) are written again by every build, as after any change.
    written="$(find "$work/site" -type f -newer "$work/marker" -not -path "$work/site/assets/*" -printf '%P\n' | sort | tr '\n' ' ')"
    expected="index.html school-$n.html school-$n.md school-$n.pdf school-$n-year-end.html school-$n-year-end.md school-$n-year-end.pdf"
    extra="$(for f in $written; do case " $expected " in *" $f "*) ;; *) echo "$f";; esac; done | tr '\n' ' ')"
    [ -z "$extra" ] || echo "bench: the rebuild after school-$n-year-end.results.yaml also wrote: $extra" >&2
    lines+=("$wall $cpu $peak")
    echo "    school-$n-year-end.results.yaml changed: $wall s, wrote: $written" >&2
  done
  read -r wall cpu peak < <(printf '%s\n' "${lines[@]}" | sort -n | sed -n "$(( (${#lines[@]} + 1) / 2 ))p")
  echo "| one results file changed in the $count-plan site, rebuild (median of ${#lines[@]}) | $wall s | $cpu s | $peak MiB | < 1 s |"
  echo
  echo "load at end $(cut -d' ' -f1 /proc/loadavg)"
} | tee "$work/results-speed.txt"
