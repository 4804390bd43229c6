#!/usr/bin/env bash
# ci/publish-site.sh FROM TO: copies the site `plan build` wrote into FROM to TO, without the
# build's own state (the incremental cache .plan-cache, the lock .plan.lock, a staging folder
# left by a killed build), so that the folder a CI job publishes holds only the site. TO is
# replaced. Used by the GitHub Action (ci/action.sh) and the GitLab example (examples/ci).
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: ci/publish-site.sh FROM TO" >&2; exit 2; }
from="$1" to="$2"
[ -d "$from" ] || { echo "publish-site: no such folder: $from" >&2; exit 2; }
# TO is removed first: refuse one that holds FROM, or the current folder or one above it.
# (The root is spelled out: the pattern "$to"/* would be "//"* for it, which matches nothing.)
holds() { # HOLDER PATH: PATH is HOLDER or lies inside it
  local holder path
  holder="$(realpath -m "$1")" path="$(realpath -m "$2")"
  [ "$holder" = / ] || [ "$holder" = "$path" ] || case "$path/" in "$holder"/*) true ;; *) false ;; esac
}
holds "$to" "$from" && { echo "publish-site: $to holds $from" >&2; exit 2; }
holds "$to" . && { echo "publish-site: $to holds the current folder" >&2; exit 2; }
holds "$to" "${HOME:-/}" && { echo "publish-site: $to holds the home folder" >&2; exit 2; }

rm -rf "$to"
mkdir -p "$to"
for entry in "$from"/* "$from"/.[!.]* "$from"/..?*; do
  [ -e "$entry" ] || continue
  case "${entry##*/}" in .plan-cache | .plan.lock | .plan-staging-*) continue ;; esac
  cp -R "$entry" "$to/"
done
