#!/usr/bin/env bash
# The five measures of issue "Speed at national scale", each with wall time, CPU time (user + sys,
# the fair comparison on a shared machine) and peak resident memory, printed as a table:
#   1. build, all three formats, 300 seed-sized plans (plans/), from scratch (--force)
#   2. peak memory of a 1,002-plan build (the site of measure 3); `memory N` builds N plans alone
#   3. one plan changed in a 1,002-plan site (plans/ and examples/), rebuild (median of 3 edits)
#   4. cold build of one plan, all three formats, against pandoc + headless Chromium
#   5. `plan check` of 1,000 plans with a warm cache (median of 5)
# Usage: bash src/bench/speed.sh              (results also go to target/bench/speed.txt)
#        bash src/bench/speed.sh memory 10000  (only the peak memory of an N-plan build; long)
#        bash src/bench/speed.sh styles [R] [WORKTREE]  (measure 1 in the modern look, the official one and the
#                                               official one with Thai digits, R rounds (2), with medians and
#                                               each look's cost against the modern one; WORKTREE, a checkout
#                                               of another commit, adds its build of the same plans, run for run)
#        bash src/bench/speed.sh profile [N]   (measure 1 alone, N plans (300), under JFR: where the
#                                               rendering threads' time goes, by stage, and the JIT's share;
#                                               JFR adds a module, so the JVM runs without its start-up
#                                               cache: right for a long build, wrong for start-up)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$root/target/bench/speed"
mkdir -p "$work"
cd "$root"
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
./plan --version >/dev/null   # builds the jar and its start-up cache when needed
export PLAN_CACHE_DIR="$work/user-cache"   # `plan check` remembers its results here, not in ~/.cache
# The script reads the summary line ("rendered 1 plan(s)"): in English, whatever the machine's locale.
export PLAN_LANG=en

# One command: $wall (s), $cpu (user + sys, s), $peak (MiB); its standard error into $work/last.log
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/last.log" || {
    local code=$?
    # `plan check` and `build` exit 1 when a plan has errors; anything else is a failure.
    if [ "$code" -ne 1 ]; then echo "bench: failed ($code): $*" >&2; tail -n 20 "$work/last.log" >&2; exit 1; fi
  }
  read -r wall user sys kib <"$work/time.txt"
  cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
  peak="$(awk -v k="$kib" 'BEGIN { printf "%.0f", k / 1024 }')"
}

# The median of $runs runs of one command: $wall, $cpu and $peak of the median run by wall time.
median_of() {
  local runs="$1"; shift
  local lines=()
  for _ in $(seq "$runs"); do measure "$@"; lines+=("$wall $cpu $peak"); done
  read -r wall cpu peak < <(printf '%s\n' "${lines[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
}

row() { printf '| %s | %s | %s | %s | %s |\n' "$@"; }
header() {
  echo "| measure | wall | CPU (user+sys) | peak memory | goal |"
  echo "|---|---|---|---|---|"
}

if [ "${1:-}" = memory ]; then
  count="${2:-10000}"
  java src/bench/CorpusGenerator.java "$work/memory" "$count" plans/*.plan.yaml >/dev/null
  rm -rf "$work/memory-site"
  measure ./plan build "$work/memory" --out "$work/memory-site"
  {
    echo "plan speed benchmark (memory), $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
    header
    row "build of $count seed-sized plans, 3 formats" "$wall s" "$cpu s" "$peak MiB" "< 512 MiB"
    grep -E "rendered" "$work/last.log" | sed 's/^/    /'
  } | tee "$work/memory.txt"
  exit 0
fi

if [ "${1:-}" = styles ]; then
  # Measure 1 in each look, alternating, $2 rounds (2): the official style, with and without Thai
  # digits, must cost at most 10 % of the modern style's plans per second (issue 32). Alternating
  # spreads the shared machine's load over all of them; CPU time (user + sys) is the fair
  # comparison when others share the machine. $3, a worktree of another commit (its `plan`
  # built there), adds that code's build of the same plans in its default look, run for run:
  # old against new under the same load.
  rounds="${2:-2}"
  other="${3:-}"
  java src/bench/CorpusGenerator.java "$work/seed300" 300 plans/*.plan.yaml >/dev/null
  looks=("modern" "official" "official --thai-digits")
  [ -n "$other" ] && looks+=("other")
  declare -A cpus walls
  {
    echo "plan speed benchmark (styles), $(date -u +%Y-%m-%d), $(nproc) cores, load at start $(cut -d' ' -f1 /proc/loadavg)"
    [ -n "$other" ] && echo "other: $other at $(git -C "$other" rev-parse --short HEAD)"
    echo "| build of 300 seed-sized plans, 3 formats | wall | CPU (user+sys) |"
    echo "|---|---|---|"
    for round in $(seq "$rounds"); do
      for look in "${looks[@]}"; do
        rm -rf "$work/site-styles"
        if [ "$look" = other ]; then
          (cd "$other" && measure ./plan build "$work/seed300" --out "$work/site-styles" --force
            echo "$wall $cpu" >"$work/other.txt")
          read -r wall cpu <"$work/other.txt"
        else
          # shellcheck disable=SC2086 # the look is the style and, for the official one, its digits
          measure ./plan build "$work/seed300" --out "$work/site-styles" --force --style $look
        fi
        rate="$(awk -v w="$wall" 'BEGIN { printf "%.1f", 300 / w }')"
        per="$(awk -v c="$cpu" 'BEGIN { printf "%.0f", c * 1000 / 300 }')"
        echo "| round $round, ${look/other/other commit} | $wall s = $rate plans/s | $cpu s = $per ms/plan |"
        cpus[$look]+="$cpu "; walls[$look]+="$wall "
      done
    done
    echo
    echo "| look (medians of $rounds rounds) | wall | CPU a plan | / modern (wall; CPU) |"
    echo "|---|---|---|---|"
    median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
    base_wall="$(echo "${walls[modern]}" | median)"; base_cpu="$(echo "${cpus[modern]}" | median)"
    for look in "${looks[@]}"; do
      w="$(echo "${walls[$look]}" | median)"; c="$(echo "${cpus[$look]}" | median)"
      awk -v l="${look/other/other commit}" -v w="$w" -v c="$c" -v bw="$base_wall" -v bc="$base_cpu" \
        'BEGIN { printf "| %s | %.2f s = %.1f plans/s | %.0f ms | %.2f; %.2f |\n", l, w, 300 / w, c * 1000 / 300, w / bw, c / bc }'
    done
    echo "load at end $(cut -d' ' -f1 /proc/loadavg)"
  } | tee "$work/styles.txt"
  exit 0
fi

if [ "${1:-}" = profile ]; then
  count="${2:-300}"
  jdk="$(cut -d' ' -f1 "$root/target/jdk")"
  java src/bench/CorpusGenerator.java "$work/profile$count" "$count" plans/*.plan.yaml >/dev/null
  ./plan check "$work/profile$count" >/dev/null 2>&1 || true   # a warm check cache, as in a rebuild
  rm -rf "$work/profile-site" "$work/profile.jfr"
  # JDK_JAVA_OPTIONS reaches the JVM the launcher starts, whatever flags the launcher gives it.
  measure env JDK_JAVA_OPTIONS="-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=$work/profile.jfr,settings=profile" \
    ./plan build "$work/profile$count" --out "$work/profile-site" --force
  {
    echo "plan speed benchmark (profile), $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
    echo "build of $count seed-sized plans, 3 formats, under JFR: $wall s, $cpu s CPU = $(awk -v c="$cpu" -v n="$count" 'BEGIN { printf "%.0f", c * 1000 / n }') ms a plan"
    echo
    "$jdk/bin/java" src/bench/ProfileSplit.java "$work/profile.jfr" "$count"
    echo
    "$jdk/bin/jfr" view --width 120 thread-cpu-load "$work/profile.jfr" | sed -n '1,12p'
  } | tee "$work/profile.txt"
  exit 0
fi

java src/bench/CorpusGenerator.java "$work/seed300" 300 plans/*.plan.yaml >/dev/null
java src/bench/CorpusGenerator.java "$work/site1002" 1002 plans/*.plan.yaml examples/minimal.plan.yaml \
  examples/full.plan.yaml >/dev/null
java src/bench/CorpusGenerator.java "$work/check1000" 1000 plans/*.plan.yaml examples/minimal.plan.yaml \
  examples/full.plan.yaml >/dev/null

{
  echo "plan speed benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, load at start $(cut -d' ' -f1 /proc/loadavg)"
  echo "java: $(cut -d' ' -f1 "$root/target/jdk" 2>/dev/null)"
  echo
  header

  # 1. Throughput: every plan rendered, nothing taken from an earlier build.
  rm -rf "$work/site300"
  measure ./plan build "$work/seed300" --out "$work/site300" --force
  rate="$(awk -v w="$wall" 'BEGIN { printf "%.1f", 300 / w }')"
  per="$(awk -v c="$cpu" 'BEGIN { printf "%.0f", c * 1000 / 300 }')"
  row "1. build, 3 formats, 300 seed-sized plans" "$wall s = $rate plans/s" "$cpu s = $per ms/plan" "$peak MiB" "≥ 50 plans/s"

  # 2. and 3. A 1,002-plan site from scratch, then one plan changed at a time.
  rm -rf "$work/site"
  measure ./plan build "$work/site1002" --out "$work/site"
  row "2. peak memory, build of 1,002 plans, 3 formats" "$wall s" "$cpu s" "$peak MiB" "< 512 MiB"
  lines=()
  for n in 0011 0512 0999; do
    file="$work/site1002/bench-$n.plan.yaml"
    sed -i "0,/^vision: /s//vision: แก้ไข $(date +%s%N) /" "$file"
    measure ./plan build "$work/site1002" --out "$work/site"
    grep -q "rendered 1 plan(s)" "$work/last.log" || { echo "bench: the rebuild rendered more than the changed plan:" >&2;
      grep rendered "$work/last.log" >&2; }
    lines+=("$wall $cpu $peak")
  done
  read -r wall cpu peak < <(printf '%s\n' "${lines[@]}" | sort -n | sed -n 2p)
  row "3. one plan changed in a 1,002-plan site, rebuild (median of 3)" "$wall s" "$cpu s" "$peak MiB" "< 1 s"

  # 4. Cold one-plan build against pandoc + Chromium on the Markdown plan wrote.
  one="plans/spm-sisaket-yasothon.plan.yaml"; id="spm-sisaket-yasothon"
  median_of 5 ./plan build "$one" --out "$work/one" --force
  plan_wall="$wall"; plan_cpu="$cpu"; plan_peak="$peak"
  if command -v pandoc >/dev/null && command -v chromium >/dev/null; then
    median_of 5 pandoc -f gfm -t html5 -s --metadata title="$id" "$work/one/$id.md" -o "$work/pandoc.html"
    pandoc_wall="$wall"; pandoc_cpu="$cpu"
    median_of 5 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$work/chrome-profile" --no-pdf-header-footer --print-to-pdf="$work/chromium.pdf" "$work/pandoc.html"
    ratio="$(awk -v p="$plan_wall" -v a="$pandoc_wall" -v b="$wall" 'BEGIN { printf "%.2f", p / (a + b) }')"
    cpu_ratio="$(awk -v p="$plan_cpu" -v a="$pandoc_cpu" -v b="$cpu" 'BEGIN { printf "%.2f", p / (a + b) }')"
    row "4. cold build of one plan, 3 formats / (pandoc + Chromium)" "$plan_wall s / ($pandoc_wall + $wall) s = $ratio ×" \
      "$plan_cpu s, ratio $cpu_ratio ×" "$plan_peak MiB" "≤ 0.25 ×"
  else
    row "4. cold build of one plan, 3 formats" "$plan_wall s" "$plan_cpu s" "$plan_peak MiB" "(install pandoc and chromium for the ratio)"
  fi

  # 5. Warm check: the first run fills the cache.
  rm -rf "$PLAN_CACHE_DIR"
  measure ./plan check "$work/check1000"
  cold_wall="$wall"; cold_cpu="$cpu"
  median_of 5 ./plan check "$work/check1000"
  row "5. check of 1,000 plans, warm cache (median of 5)" "$wall s (cold $cold_wall s)" "$cpu s (cold $cold_cpu s)" "$peak MiB" "< 0.5 s"
  echo
  echo "load at end $(cut -d' ' -f1 /proc/loadavg); the 10,000-plan memory run: bash src/bench/speed.sh memory 10000"
} | tee "$work/speed.txt"
