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
mapfile -t roots < <(git -c core.quotePath=false ls-files \
  | grep -E '(\.plan|\.framework)\.ya?ml$' | sed 's|/.*||' | LC_ALL=C sort -u)
[ ${#roots[@]} -gt 0 ] || exit 0
exec "$launcher" check "${roots[@]}"
