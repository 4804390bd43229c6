#!/usr/bin/env bash
# The alignment benchmark (issue "Alignment"): checks SCHOOLS school plans (default 1000) that
# cascade from AREAS area plans (50) and align with FRAMEWORKS frameworks (3), every reference
# resolved across the files of one `plan check`. Target: under 2 s. Reports the median of 5
# runs and the same corpus without its frameworks and area plans' alignment (plans alone).
# Usage: bash src/bench/cascade.sh [SCHOOLS] [AREAS] [FRAMEWORKS]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
schools="${1:-1000}"; areas="${2:-50}"; frameworks="${3:-3}"
work="$root/target/bench"
mkdir -p "$work"
cd "$root"
./plan --version >/dev/null   # builds the jar and its start-up cache when needed
# The check results of the first run are remembered (issue 17): the five timed runs are warm.
export PLAN_CACHE_DIR="$work/user-cache"

java src/bench/CorpusGenerator.java --cascade "$work/cascade" "$schools" "$areas" "$frameworks"
./plan check "$work/cascade" >"$work/cascade.log" 2>&1 || { echo "bench: the cascade does not check clean" >&2;
  tail -n 20 "$work/cascade.log" >&2; exit 1; }

times=()
for _ in 1 2 3 4 5; do
  /usr/bin/time -f "%e %M" -o "$work/time.txt" ./plan check "$work/cascade" >/dev/null 2>&1
  read -r wall peak <"$work/time.txt"; times+=("$wall")
done
median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)"
files=$((schools + areas + frameworks))
{
  echo "alignment benchmark, $(date -u +%Y-%m-%d), $(nproc) cores"
  echo "corpus: $schools school plans, $areas area plans, $frameworks frameworks ($files files)"
  echo "check, all references resolved across files: $median s (median of 5; runs: ${times[*]}; peak $((peak / 1024)) MiB) (target: < 2 s)"
} | tee "$work/cascade-results.txt"
