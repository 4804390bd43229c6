#!/usr/bin/env bash
# Save-to-visible latency of `plan serve` in Chromium (issue "Live preview"): a page of a plan is
# open; the plan file is saved as an editor does (temporary file, rename) with a new vision, and
# the time until the page shows it is taken, 10 saves each (SAVES=N to change), for a seed plan
# served alone, for a plan in a folder of 100 and for one in a folder of 1,002. Also printed for each case: when the page asked
# for itself again (the start of its update: the server has seen the save, rendered and told the
# page), how long the server's check and render took until the page could be shown, and the
# server's CPU time a save (index and all; the fairer figure on a busy machine). The saves start
# once the server is idle after its start (it warms up after the first render).
# Drives Chromium with src/test/js/live-edit.mjs, run from target/js as the tests do (installed
# there from the pinned lock file when missing).
# Usage: bash src/bench/serve-latency.sh        (results also go to target/bench/serve-latency.txt)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$root/target/bench/serve"
cd "$root"
rm -rf "$work" && mkdir -p "$work/one" "$work/many" "$work/site"
cp plans/spp-sisaket-2.plan.yaml "$work/one/"
java src/bench/CorpusGenerator.java "$work/many" 100 plans/*.plan.yaml examples/minimal.plan.yaml examples/full.plan.yaml >/dev/null
# The site of `speed.sh` measure 3 (a rebuild of `plan build` after one change), kept live instead.
java src/bench/CorpusGenerator.java "$work/site" 1002 plans/*.plan.yaml examples/minimal.plan.yaml examples/full.plan.yaml >/dev/null
./plan --version >/dev/null   # builds the jar when needed
# The browser scripts, as the tests install them (plan.testing.NodeScripts): the pinned packages, no browser download.
mkdir -p target/js && cp src/test/js/*.mjs src/test/js/package.json src/test/js/package-lock.json target/js/
if [ ! -f target/js/node_modules/.package-lock.json ]; then
  (cd target/js && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
fi

# How many saves are timed for each case (the median is reported): SAVES=N overrides.
saves="${SAVES:-10}"

# steps FILE: the saves, each with a new vision line
steps() {
  python3 - "$1" "$saves" <<'PY'
import json, re, sys
src = open(sys.argv[1], encoding='utf-8').read()
saves = int(sys.argv[2])
out = []
for i in range(saves):
    mark = f"วิสัยทัศน์ทดสอบความเร็วครั้งที่ {i + 1}"
    out.append({"text": re.sub(r'(?m)^vision: .*$', 'vision: ' + mark, src, count=1), "expect": mark})
print(json.dumps(out, ensure_ascii=False))
PY
}

run() { # label folder file
  local label="$1" folder="$2" file="$3" port
  ./plan serve "$folder" --port 0 >"$work/url.txt" 2>"$work/serve-${label// /-}.log" &
  local pid=$!
  for _ in $(seq 1 1800); do [ -s "$work/url.txt" ] && break; sleep 0.1; done
  local url; url="$(head -n1 "$work/url.txt")"
  if [ -z "$url" ]; then
    echo "$label: plan serve gave no address within 3 minutes; its log:" >&2; cat "$work/serve-${label// /-}.log" >&2
    kill "$pid" 2>/dev/null; return 1
  fi
  steps "$file" >"$work/steps.json"
  local id; id="$(basename "$file" .plan.yaml)"
  wait_idle "$pid"   # the first render's aftermath (the JVM's warm-up) is not a save's
  local cpu_before; cpu_before="$(cpu_ms "$pid")"
  (cd target/js && node live-edit.mjs "${url}${id}.html" "$file" "$work/steps.json") >"$work/$label.json"
  local cpu_after; cpu_after="$(cpu_ms "$pid")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  python3 - "$label" "$work/$label.json" "$work/serve-${label// /-}.log" "$((cpu_after - cpu_before))" <<'PY'
import json, re, sys
r = json.load(open(sys.argv[2]))
ms = sorted(s["ms"] for s in r["steps"])
asked = sorted(s["reloadMs"] for s in r["steps"] if s.get("reloadMs") is not None)
renders = sorted(int(m) for m in re.findall(r"rendered again in (\d+) ms", open(sys.argv[3], encoding="utf-8").read()))
print(f"{sys.argv[1]}: save to visible {ms} ms (median {ms[len(ms)//2]} ms)"
      + (f"; the page asked for itself again after {asked} ms" if asked else "")
      + (f"; check and render {renders} ms" if renders else "")
      + f"; server CPU {int(sys.argv[4]) // max(len(ms), 1)} ms a save"
      + (f"; errors: {r['errors']}" if r['errors'] else ""))
PY
}

wait_idle() { # until process $1 used under 20 ms of CPU in half a second (at most 20 s)
  local before now
  before="$(cpu_ms "$1")"
  for _ in $(seq 1 40); do
    sleep 0.5
    now="$(cpu_ms "$1")"
    [ $((now - before)) -lt 20 ] && return 0
    before="$now"
  done
}

cpu_ms() { # CPU time (user + system) used so far by process $1, in ms
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$1/stat"
}

{
  run "seed plan alone" "$work/one" "$work/one/spp-sisaket-2.plan.yaml"
  run "one plan of 100" "$work/many" "$(ls "$work"/many/*.plan.yaml | head -n1)"
  run "one plan of 1,002" "$work/site" "$work/site/bench-0011.plan.yaml"
} | tee "$root/target/bench/serve-latency.txt"
