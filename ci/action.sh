#!/usr/bin/env bash
# The logic of the GitHub Action (action.yml), in plain bash so that it runs on any Linux runner
# and can be tested by running it as the runner does: inputs as INPUT_* variables, results
# written to the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
#
#   ci/action.sh install     installs the release the action's ref names (a tag vVERSION), if any
#   ci/action.sh cache-key   prints the cache keys of Maven's repository and of the built jar
#   ci/action.sh run         runs `plan check`, `plan build` or `plan merge` as the inputs say
#
# Inputs: INPUT_COMMAND (check|build|merge, default build), INPUT_PATHS (files or folders
# separated by spaces or new lines, default .; for merge, the shards' folders), INPUT_OUT
# (default site), INPUT_FORMATS (e.g. md,html), INPUT_LANG (th|en), INPUT_SHARD (K/N: build
# renders only that share), INPUT_CHECK_STATUS (false: the index leaves out the plans' check
# status, for a public site). PLAN_LAUNCHER replaces the launcher (the tests'); else
# PLAN_RELEASE_LAUNCHER, the installed release's (from `install`); else ./plan builds itself.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
launcher="${PLAN_LAUNCHER:-${PLAN_RELEASE_LAUNCHER:-$here/plan}}"

output() { # name value: a step output, when the runner asked for them
  [ -n "${GITHUB_OUTPUT:-}" ] && printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  return 0
}

# The release the action's ref names, installed instead of building plan: used at a tag
# vVERSION (ORG/plan@v0.1.0), the action downloads that release's files with the GitHub CLI
# (on every GitHub runner), checks them against its SHA256SUMS and unpacks them. On Linux x64 the
# tarball with its own Java runtime (output kind=runtime: no Java to set up); elsewhere the plain
# tarball (kind=plain: Java is set up). A ref that is no tag (a branch, a commit, a local copy)
# or a tag with no release builds plan from the action's sources (kind=none), as before.
# A file that does not match SHA256SUMS stops the action: it is never run.
# Inputs: PLAN_ACTION_REF, PLAN_ACTION_REPOSITORY (github.action_ref, github.action_repository).
install_release() {
  local ref="${PLAN_ACTION_REF:-}" repo="${PLAN_ACTION_REPOSITORY:-}" version file kind dir
  case "$ref" in
    v[0-9]*) ;;
    *)
      output kind none
      echo "plan: the action runs from ${ref:-a copy of its repository}, which names no release: plan builds itself"
      return 0
      ;;
  esac
  version="${ref#v}"
  if [ "${RUNNER_OS:-Linux}" = Linux ] && [ "${RUNNER_ARCH:-X64}" = X64 ]; then
    file="plan-$version-linux-x64.tar.gz"; kind=runtime
  else
    file="plan-$version.tar.gz"; kind=plain
  fi
  dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/plan-release"
  rm -rf "$dir"
  mkdir -p "$dir"
  if ! gh release download "$ref" --repo "$repo" --pattern "$file" --pattern SHA256SUMS --dir "$dir" >/dev/null 2>&1; then
    output kind none
    echo "::notice title=plan::no release $ref of $repo to install ($file): plan builds itself"
    return 0
  fi
  if ! (cd "$dir" && grep -F "  $file" SHA256SUMS | grep -q . && grep -F "  $file" SHA256SUMS | sha256sum -c --status); then
    echo "::error title=plan::$file of release $ref does not match its SHA256SUMS: it is not run"
    exit 1
  fi
  tar -xzf "$dir/$file" -C "$dir"
  output kind "$kind"
  output launcher "$dir/plan-$version/bin/plan"
  echo "plan: installed release $ref ($file)"
}

# Maven's repository (and the font cache inside it, pom.xml's font.cache.dir) changes with
# pom.xml; the jar with everything it is built from.
cache_key() {
  local pom jar
  pom="$(sha256sum "$here/pom.xml" | cut -c1-16)"
  jar="$(cd "$here" && find pom.xml src/main templates -type f -print0 | LC_ALL=C sort -z \
    | xargs -0 sha256sum | sha256sum | cut -c1-16)"
  output maven "plan-maven-$pom"
  output jar "plan-jar-$jar"
  printf 'maven plan-maven-%s\njar plan-jar-%s\n' "$pom" "$jar"
}

# A jar restored from the cache is older than the files just checked out: the launcher would
# build it again. The cache key says it was built from these very files, so make it current.
trust_restored_jar() {
  [ "${PLAN_JAR_RESTORED:-}" = true ] && [ -f "$here/target/plan.jar" ] || return 0
  find "$here/target/plan.jar" "$here/target/lib" -exec touch {} +
}

# Decoding of a workflow command's value (see diag/GithubPrinter), for the summary table.
undo_escapes() {
  local s="$1"
  s="${s//%0D/}"; s="${s//%0A/ — }"; s="${s//%3A/:}"; s="${s//%2C/,}"; s="${s//%25/%}"
  printf '%s' "$s"
}

# Markdown table cell: no HTML, no column breaks.
cell() {
  local s="$1"
  # Replacements quoted: since bash 5.2 an unquoted & there stands for the matched text.
  s="${s//&/"&amp;"}"; s="${s//</"&lt;"}"; s="${s//>/"&gt;"}"; s="${s//|/"\\|"}"
  printf '%s' "$s"
}

# The summary: counts, then the findings as a table (the first 200; the annotations have all).
summarize() { # annotations-file title status-line
  local file="$1" title="$2" status_line="$3" errors=0 warnings=0 notes=0 rows=0 shown=200 line
  local re='^::(error|warning|notice) file=([^,]*),line=([0-9]+),col=([0-9]+),title=([^:]*)::(.*)$'
  local table=""
  while IFS= read -r line; do
    [[ "$line" =~ $re ]] || continue
    case "${BASH_REMATCH[1]}" in error) errors=$((errors + 1)) ;; warning) warnings=$((warnings + 1)) ;; *) notes=$((notes + 1)) ;; esac
    rows=$((rows + 1))
    [ "$rows" -le "$shown" ] || continue
    local severity="${BASH_REMATCH[1]}"
    [ "$severity" = notice ] && severity=note
    table+="| $severity | $(cell "$(undo_escapes "${BASH_REMATCH[2]}")") | ${BASH_REMATCH[3]} | $(cell "$(undo_escapes "${BASH_REMATCH[5]}")") | $(cell "$(undo_escapes "${BASH_REMATCH[6]}")") |"$'\n'
  done <"$file"
  output errors "$errors"
  output warnings "$warnings"
  output notes "$notes"
  [ -n "${GITHUB_STEP_SUMMARY:-}" ] || return 0
  {
    printf '### %s\n\n' "$title"
    printf '| errors | warnings | notes |\n|---:|---:|---:|\n| %s | %s | %s |\n\n' "$errors" "$warnings" "$notes"
    [ -n "$status_line" ] && printf '%s\n\n' "$(cell "$status_line")"
    if [ "$rows" -gt 0 ]; then
      printf '| severity | file | line | rule | message |\n|---|---|---:|---|---|\n%s' "$table"
      [ "$rows" -gt "$shown" ] && printf '\n%s more in the annotations.\n' "$((rows - shown))"
      printf '\n'
    fi
  } >>"$GITHUB_STEP_SUMMARY"
}

# within CHILD PARENT (absolute, resolved): CHILD is PARENT or lies inside it. Written out because
# a pattern "$parent"/* becomes "//"* for the root, which matches nothing.
within() {
  [ "$1" = "$2" ] || [ "$2" = / ] || case "$1/" in "$2"/*) true ;; *) false ;; esac
}

# `out` is replaced by the site: refuse a folder whose removal would take the sources with it
# (the workspace, `/`, $HOME or a folder above one of them; an input path or a folder holding
# or inside one), or that holds a plan file. The workspace itself is the default input (`.`), so
# `out` may lie inside it as long as it is not one of the other inputs.
check_out() { # out path...
  local out="$1" abs work input
  shift
  abs="$(realpath -m "$out")"
  work="$(realpath -m "${GITHUB_WORKSPACE:-$PWD}")"
  refuse_out() {
    echo "::error title=plan::out '$out' $1; name a folder of its own, such as site"
    exit 2
  }
  for input in "$work" / "${HOME:-/}"; do
    within "$input" "$abs" && refuse_out "is the workspace, /, \$HOME or a folder above one of them"
  done
  for input in "$@"; do
    input="$(realpath -m "$input")"
    if within "$input" "$abs" || { [ "$input" != "$work" ] && within "$abs" "$input"; }; then
      refuse_out "is, holds or lies inside the input path '${input#"$work"/}'"
    fi
  done
  if [ -d "$abs" ] && [ -n "$(find "$abs" \( -name '*.plan.y*ml' -o -name '*.framework.y*ml' -o -name 'plan.config.y*ml' \) -print -quit)" ]; then
    refuse_out "holds plan files"
  fi
  return 0
}

run() {
  local command="${INPUT_COMMAND:-build}" out="${INPUT_OUT:-site}" state rc=0 status_line=""
  local -a paths options=()
  read -r -d '' -a paths <<<"${INPUT_PATHS:-.}" || true
  [ ${#paths[@]} -gt 0 ] || paths=(.)
  [ -n "${INPUT_LANG:-}" ] && options+=(--lang "$INPUT_LANG")
  case "$command" in
    check | build | merge) ;;
    *) echo "::error title=plan::command must be check, build or merge, not '$command'"; exit 2 ;;
  esac
  # For merge the paths are the shards' folders: out may not be one of them either.
  [ "$command" = check ] || check_out "$out" "${paths[@]}"
  state="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/plan-action"
  mkdir -p "$state"
  trust_restored_jar
  output launcher "$launcher"

  # SARIF for code scanning, from a check of the same files (build writes one format only).
  if [ "$command" != merge ]; then
    local sarif="$state/plan.sarif"
    "$launcher" check --format sarif "${options[@]}" "${paths[@]}" >"$sarif" || rc=$?
    if [ "$rc" -ge 2 ]; then
      echo "::error title=plan::plan check exited $rc (usage error or internal failure); see the log above"
      exit "$rc"
    fi
    output sarif "$sarif"
  fi

  # Annotations: workflow commands on standard output, which the runner turns into annotations.
  local log="$state/$command.log" built=""
  rc=0
  case "$command" in
    check)
      "$launcher" check --format github "${options[@]}" "${paths[@]}" >"$log" 2>&1 || rc=$?
      ;;
    build)
      local -a build_options=("${options[@]}")
      [ -n "${INPUT_FORMATS:-}" ] && build_options+=(--format "$INPUT_FORMATS")
      [ -n "${INPUT_SHARD:-}" ] && build_options+=(--shard "$INPUT_SHARD")
      case "${INPUT_CHECK_STATUS:-true}" in
        true) ;;
        false) build_options+=(--no-check-status) ;;
        *) echo "::error title=plan::check-status must be true or false, not '$INPUT_CHECK_STATUS'"; exit 2 ;;
      esac
      built="$state/build"
      "$launcher" build "${paths[@]}" --out "$built" --diagnostics github "${build_options[@]}" >"$log" 2>&1 || rc=$?
      ;;
    merge)
      # The shards' folders (paths) joined into one site; nothing is rendered again.
      built="$state/merged"
      rm -rf "$built"
      "$launcher" merge "$built" "${paths[@]}" >"$log" 2>&1 || rc=$?
      ;;
  esac
  if [ -n "$built" ]; then
    status_line="$(grep -E '^plan: ' "$log" | tail -n 1 || true)"
    status_line="${status_line//"$built"/$out}"
    if [ -d "$built" ] && [ "$rc" -lt 2 ]; then
      "$here/ci/publish-site.sh" "$built" "$out"
      output site "$(realpath "$out")"
    fi
  fi
  cat "$log"
  summarize "$log" "plan $command" "$status_line"
  exit "$rc"
}

case "${1:-}" in
  install) install_release ;;
  cache-key) cache_key ;;
  run) run ;;
  *) echo "usage: ci/action.sh install|cache-key|run" >&2; exit 2 ;;
esac
