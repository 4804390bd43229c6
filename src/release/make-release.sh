#!/usr/bin/env bash
# Makes the release files of plan under target/release/ from a packaged build (target/plan.jar,
# target/lib/): run by Maven (`mvn -B verify`, or `mvn -B package -Prelease`), never by hand.
#   plan-VERSION.zip, plan-VERSION.tar.gz  bin/plan, bin/plan.cmd, lib/, examples/, frameworks/,
#                                          LICENSE, NOTICE, licenses/, README.md, CHANGELOG.md
#   plan-VERSION-linux-x64.tar.gz          the same with its own Java runtime (jlink) in runtime/
#   plan_VERSION_amd64.deb                 the latter under /opt/plan, with /usr/bin/plan
#   SHA256SUMS                             over all of them
# Usage: make-release.sh VERSION COMMIT TIMESTAMP (pom.xml's project.build.outputTimestamp: every
# file of the release carries that time, so the same sources give the same bytes)
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$1"
commit="$2"
epoch=$(date -u -d "$3" +%s)
target=target
out="$target/release"
name="plan-$version"

# The JDK whose jlink makes the bundled runtime: PLAN_RELEASE_JDK, else the newest JDK 21 or
# newer in JAVA_HOME or /usr/lib/jvm (Maven itself may run on an older Java).
find_jdk() {
  local d v best="" best_v=0
  for d in "${PLAN_RELEASE_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$d" ] && [ -x "$d/bin/jlink" ] || continue
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release" 2>/dev/null)
    [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ] && { best="$d"; best_v="$v"; }
  done
  [ -n "$best" ] || { echo "make-release: needs a JDK 21 or newer with jlink (set PLAN_RELEASE_JDK)" >&2; exit 1; }
  printf '%s\n' "$best"
}
jdk=$(find_jdk)

rm -rf "$out"
stage="$out/stage/$name"
mkdir -p "$stage/bin" "$stage/lib" "$stage/examples" "$stage/licenses"

# The launchers, told their version and commit (the start-up cache is kept per both).
# plan.cmd gets CRLF line ends whatever the checkout did (cmd finds labels reliably only then).
sed -e "s/@VERSION@/$version/g" -e "s/@COMMIT@/$commit/g" src/release/bin/plan >"$stage/bin/plan"
sed -e "s/@VERSION@/$version/g" -e "s/@COMMIT@/$commit/g" -e 's/\r$//' -e 's/$/\r/' src/release/bin/plan.cmd >"$stage/bin/plan.cmd"
chmod 755 "$stage/bin/plan"
chmod 644 "$stage/bin/plan.cmd"

cp "$target/plan.jar" "$target"/lib/*.jar "$stage/lib/"
# The examples a user starts from; the launchers' first use trains the start-up cache on them.
cp examples/minimal.plan.yaml examples/full.plan.yaml examples/action-plan.plan.yaml "$stage/examples/"
cp -r frameworks "$stage/frameworks"
cp README.md CHANGELOG.md LICENSE "$stage/"

# NOTICE: every bundled library with its licence (from the libraries' own POMs, by the licence
# plugin), the font and the word list, whose licence texts come from their packages at build time.
{
  printf 'plan %s (commit %s)\n\n' "$version" "$commit"
  printf 'plan bundles the following works, each under its own licence.\n\n'
  printf 'Libraries (lib/), with the licences their authors declare:\n'
  sed -n 's/^ *(/  (/p' "$target/generated-sources/license/THIRD-PARTY.txt"
  printf '\nThe Sarabun font (inside lib/plan.jar, plan/fonts/): SIL Open Font License 1.1,'
  printf ' Copyright 2020 The Sarabun Project Authors; the licence text is licenses/Sarabun-OFL.txt.\n'
  printf '\nThe Thai word list of the wordcut package (inside lib/plan.jar, plan/words/):'
  printf ' GNU Lesser General Public License 3; the licence text is licenses/wordcut-LICENSE.txt.\n'
  printf '\nThe Java runtime in runtime/ (in the release files that bundle one): its own notices are'
  printf ' in runtime/legal/ and runtime/release.\n'
} >"$stage/NOTICE"
cp "$target/generated-resources/fonts/plan/fonts/LICENSE_FONT" "$stage/licenses/Sarabun-OFL.txt"
cp "$target/generated-resources/words/plan/words/LICENSE-wordcut" "$stage/licenses/wordcut-LICENSE.txt"

# Archives whose bytes depend on their contents alone: names sorted, one time, owner root.
tarball() { # OUT.tar.gz BASE FOLDER
  tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner -C "$2" -cf - "$3" | gzip -n -9 >"$1"
}
find "$out/stage" -exec touch -h -d "@$epoch" {} +
compress_jars=$(printf '%s:' "$target"/lib/commons-compress-*.jar "$target"/lib/commons-io-*.jar "$target"/lib/commons-lang3-*.jar)
"$jdk/bin/java" -cp "$compress_jars" src/release/Zip.java "$out/$name.zip" "$out/stage" "$name" "$epoch"
tarball "$out/$name.tar.gz" "$out/stage" "$name"

# The same with its own runtime: only the modules plan uses (jdeps over the jars, plus the Thai
# locale data and the character sets of text it imports). No class-data archive of the JDK's
# own classes: it would add 29 MB, and the launcher's start-up cache, made on first use, holds
# them as well.
runtime_stage="$out/stage-runtime"
mkdir -p "$runtime_stage"
cp -a "$stage" "$runtime_stage/$name"
"$jdk/bin/jlink" --add-modules java.base,java.desktop,java.logging,java.naming,java.rmi,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.httpserver,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.zipfs \
  --include-locales=en,th --strip-debug --no-man-pages --no-header-files --compress=zip-9 \
  --output "$runtime_stage/$name/runtime"
find "$runtime_stage" -exec touch -h -d "@$epoch" {} +
tarball "$out/$name-linux-x64.tar.gz" "$runtime_stage" "$name"

# The Debian package: the runtime release under /opt/plan, plan on the PATH through /usr/bin.
deb_root="$out/stage-deb"
mkdir -p "$deb_root/DEBIAN" "$deb_root/opt" "$deb_root/usr/bin"
cp -a "$runtime_stage/$name" "$deb_root/opt/plan"
ln -s /opt/plan/bin/plan "$deb_root/usr/bin/plan"
installed_kb=$(du -sk "$deb_root/opt" | cut -f1)
sed -e "s/@VERSION@/$version/g" -e "s/@SIZE@/$installed_kb/g" src/release/deb/control >"$deb_root/DEBIAN/control"
find "$deb_root" -exec touch -h -d "@$epoch" {} +
SOURCE_DATE_EPOCH="$epoch" dpkg-deb --root-owner-group -Zgzip --build "$deb_root" "$out/plan_${version}_amd64.deb" >/dev/null

rm -rf "$out/stage" "$runtime_stage" "$deb_root"
(cd "$out" && sha256sum "$name.zip" "$name.tar.gz" "$name-linux-x64.tar.gz" "plan_${version}_amd64.deb" >SHA256SUMS)
echo "make-release: $(cd "$out" && ls -1 | tr '\n' ' ')"
