#!/usr/bin/env bash
# The benchmark of issue "Speed at scale": builds a corpus of N plans (default 1000) made from
# plans/ and examples/, and reports plans per second for check, Markdown, HTML and PDF, peak
# memory, the cold time of one plan, pandoc + headless Chromium on the same plan for scale, and the
# cost of Thai line breaking and justification per 100,000 characters.
# Action plans (issue "Action plans"): A plans of 60 projects each (default 100), made from
# examples/action-plan.plan.yaml, with their check and build rates and one plan's cold check.
# Usage: bash src/bench/run.sh [N] [A]      (results also go to target/bench/results.txt)
# Checks run with --no-cache (from scratch, as before issue 17); src/bench/speed.sh measures the warm check.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-1000}"
actions="${2:-100}"
work="$root/target/bench"
repeats=5
mkdir -p "$work"
cd "$root"

install_if_missing() { # program package
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null; }
  else
    echo "bench: needs $1 (Debian package $2)" >&2; exit 2
  fi
}
install_if_missing pandoc pandoc
install_if_missing chromium chromium
[ -x /usr/bin/time ] || install_if_missing time time

./plan --version >/dev/null   # builds the jar and its start-up cache when needed

# wall seconds and peak resident memory (KiB) of one command, into $wall and $peak
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || {
    echo "bench: failed: $*" >&2; tail -n 20 "$work/last.log" >&2; exit 1; }
  read -r wall peak <"$work/time.txt"
}

# median wall seconds of $repeats runs, into $median
median_of() {
  local times=()
  for _ in $(seq "$repeats"); do measure "$@"; times+=("$wall"); done
  median="$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (repeats + 1) / 2 ))p")"
}

rate() { awk -v n="$count" -v s="$1" 'BEGIN { printf "%.1f", n / s }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

java src/bench/CorpusGenerator.java "$work/corpus" "$count" plans/*.plan.yaml \
  examples/minimal.plan.yaml examples/full.plan.yaml
java src/bench/CorpusGenerator.java --action "$work/actions" "$actions" 60 examples/action-plan.plan.yaml

{
  echo "plan benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(sed -n "s/^model name[[:space:]]*: //p" /proc/cpuinfo | head -n 1)"
  echo "java: $(cut -d' ' -f1 "$root/target/jdk" 2>/dev/null)"
  echo "corpus: $count plans from plans/ and examples/"
  echo

  measure ./plan check --no-cache "$work/corpus"
  echo "check            $(rate "$wall") plans/s   ($wall s, peak $(mib "$peak") MiB)"
  for format in md html pdf md,html,pdf; do
    rm -rf "$work/site"
    measure ./plan build "$work/corpus" --out "$work/site" --format "$format"
    printf 'build %-11s %s plans/s   (%s s, peak %s MiB)\n' "$format" "$(rate "$wall")" "$wall" "$(mib "$peak")"
  done
  # The cost of PDF/UA-2 and PDF/A-4 (structure tree, XMP): the same PDFs without them.
  pdf_bytes() { find "$work/site" -name '*.pdf' -printf '%s\n' | awk '{ s += $1 } END { print s }'; }
  tagged_bytes="$(pdf_bytes)"
  rm -rf "$work/site"
  measure ./plan build "$work/corpus" --out "$work/site" --format pdf --pdf-standard none
  printf 'build pdf --pdf-standard none %s plans/s   (%s s; the PDFs %s%% of the tagged ones'"'"' size)\n' \
    "$(rate "$wall")" "$wall" "$(awk -v a="$(pdf_bytes)" -v b="$tagged_bytes" 'BEGIN { printf "%.0f", 100 * a / b }')"
  echo

  measure ./plan check --no-cache "$work/actions"
  echo "action plans (60 projects each): check $(awk -v n="$actions" -v s="$wall" 'BEGIN { printf "%.1f", n / s }') plans/s   ($wall s)"
  rm -rf "$work/site"
  measure ./plan build "$work/actions" --out "$work/site" --format md,html,pdf
  echo "action plans (60 projects each): build md,html,pdf $(awk -v n="$actions" -v s="$wall" 'BEGIN { printf "%.1f", n / s }') plans/s   ($wall s, peak $(mib "$peak") MiB)"
  median_of ./plan check --no-cache "$work/actions/action-0001.plan.yaml"
  echo "cold check of one action plan    $median s (median of $repeats; target: under 0.4 s)"
  echo

  one="plans/spm-sisaket-yasothon.plan.yaml"
  id="spm-sisaket-yasothon"
  median_of ./plan check --no-cache "$one"
  echo "cold check of one plan           $median s (median of $repeats)"
  median_of ./plan build "$one" --out "$work/one" --format md,html,pdf --force
  plan_cold="$median"
  echo "cold build of one plan, 3 formats $plan_cold s (median of $repeats)"

  chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync
    --user-data-dir="$work/chrome-profile" --no-pdf-header-footer)
  median_of pandoc -f gfm -t html5 -s --metadata title="$id" "$work/one/$id.md" -o "$work/pandoc.html"
  pandoc_time="$median"
  median_of "${chrome[@]}" --print-to-pdf="$work/chromium.pdf" "$work/pandoc.html"
  chromium_time="$median"
  echo "pandoc (Markdown to HTML)        $pandoc_time s"
  echo "Chromium (HTML to PDF)           $chromium_time s"
  awk -v p="$plan_cold" -v a="$pandoc_time" -v b="$chromium_time" 'BEGIN {
    printf "plan / (pandoc + Chromium)      %.2f (target: 0.50 or less)\n", p / (a + b) }'

  # What Thai line breaking and justification cost inside the PDF stage (issue 18).
  echo
  mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/test-cp.txt" >/dev/null
  "$(cut -d' ' -f1 "$root/target/jdk")/bin/java" -cp "target/classes:target/test-classes:$(cat "$work/test-cp.txt")" \
    plan.render.pdf.TypesettingBenchmark 200000 2>/dev/null
} | tee "$work/results.txt"
