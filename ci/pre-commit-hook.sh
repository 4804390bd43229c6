#!/usr/bin/env bash
# The pre-commit hook `plan-check` (.pre-commit-hooks.yaml). With paths (the hook's `args`) it
# checks them; without, every folder at the top of the repository that holds a tracked plan or
# framework file, and such files at the top itself: all in one `plan check`, because references
# resolve among the files checked together. Diagnostics read as paths from the repository's root.
# PLAN_LAUNCHER replaces the launcher (a prebuilt plan, or the tests').
set -euo pipefail

launcher="${PLAN_LAUNCHER:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/plan}"

if [ $# -gt 0 ]; then
  exec "$launcher" check "$@"
fi
# NUL-separated: a path with a quote, a backslash or a control character is listed as it is,
# not quoted by git (and so skipped); `--` keeps a top-level `-x.plan.yaml` from reading as an option.
mapfile -d '' -t roots < <(git ls-files -z \
  | grep -zE '(\.plan|\.framework)\.ya?ml$' | sed -z 's|/.*||' | LC_ALL=C sort -zu)
[ ${#roots[@]} -gt 0 ] || exit 0
exec "$launcher" check -- "${roots[@]}"
