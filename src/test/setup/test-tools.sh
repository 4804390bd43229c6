#!/usr/bin/env bash
# Installs the programs the tests use to look at outputs as a reader would (PDF text and
# pictures, a real browser, Node to drive it with axe-core). Run by `mvn verify` before the
# tests; does nothing when all are present (src/test/js pins playwright-core, which wants
# Node >= 20: Debian 12's nodejs is 18, so a machine without node should get a newer one).
# Needs root for apt-get; otherwise it names what is missing and the tests say so.
set -euo pipefail

# program -> Debian package
declare -A packages=(
  [pdftotext]=poppler-utils
  [pdftoppm]=poppler-utils
  [pdffonts]=poppler-utils
  [qpdf]=qpdf
  [chromium]=chromium
  [node]=nodejs
  [npm]=npm
  [pre-commit]=pre-commit
  [unzip]=unzip   # the release test unpacks the zip as a user would
  [swath]=swath   # a Thai word segmenter independent of ICU and of our lexicon, to judge PDF line ends
)
# font files some tests render with -> Debian package
declare -A fonts=(
  [/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf]=fonts-dejavu-core
  [/usr/share/fonts/truetype/tlwg/Laksaman.ttf]=fonts-thai-tlwg
)

missing=()
for program in "${!packages[@]}"; do
  command -v "$program" >/dev/null 2>&1 || missing+=("${packages[$program]}")
done
for file in "${!fonts[@]}"; do
  [ -f "$file" ] || missing+=("${fonts[$file]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)

if [ "$(id -u)" != 0 ]; then
  echo "test-tools: missing ${missing[*]}; install them (apt-get install ${missing[*]}) or tests that need them fail." >&2
  exit 0
fi
echo "test-tools: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
