#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The two set-up commands of Gridbook (网格台账) on Debian 12:
#
#   scripts/setup.sh run [ARGS...]   install what is missing, build, start build/app/gridbook ARGS...
#   scripts/setup.sh test            install what is missing, build, run the whole test suite (ctest)
#
# Packages are checked with dpkg-query; apt-get runs only when something is missing (as root, or
# through sudo). The build uses the CMake preset "default" (build directory build/). Run it again at
# any time: with everything installed and built it only re-checks and re-builds what changed.
set -euo pipefail

# Debian 12 packages, grouped by why they are here. Keep README.md's Dependencies table in step.
packages=(
  # Compiler, and the CMake + Ninja build the presets use; pkg-config finds sqlite3 and xlsxwriter.
  build-essential pkg-config cmake ninja-build
  # Qt 6.4: Core/Gui/Widgets/Sql headers and CMake config, moc/rcc/uic, and the SQLite driver plugin.
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
  # Qt SVG: the grid diagrams export to SVG (QSvgGenerator) and draw SVG icons.
  qt6-svg-dev
  # SQLite headers: migrations run multi-statement scripts through the raw sqlite3 handle.
  libsqlite3-dev
  # Qt LinguistTools (lupdate/lrelease) for our translations, and Qt's own Chinese translations.
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # Catch2 v2: the unit-test framework, registered with CTest.
  catch2
  # libxlsxwriter: XLSX export. zlib: inflating the parts of an .xlsx being imported.
  libxlsxwriter-dev zlib1g-dev
  # Chinese glyphs in the window and in PDF output (without it every hanzi is a tofu box).
  fonts-noto-cjk
  # Tests: a virtual X server for real-window screenshots.
  xvfb xauth
  # Tests: independent readers of what we write (pdftotext for PDF, openpyxl for XLSX).
  poppler-utils python3-openpyxl
  # Tests: the sqlite3 shell, the floor the benchmark compares against.
  sqlite3
)

say() { printf '%s\n' "$*"; }
die() { printf 'setup.sh: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<'EOF'
Usage: scripts/setup.sh run [ARGS...]   install what is missing, build, start the desktop app
       scripts/setup.sh test            install what is missing, build, run the test suite
EOF
}

install_missing() {
  command -v dpkg-query >/dev/null && command -v apt-get >/dev/null ||
    die "needs Debian 12 (dpkg and apt-get); install these packages by hand: ${packages[*]}"

  local missing=() p status
  for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0

  local as_root=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null ||
      die "missing packages (${missing[*]}), and installing them needs root: run as root or install sudo"
    as_root=(sudo)
  fi

  say "Installing: ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q ||
    die "apt-get update failed"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" ||
    die "apt-get install failed for: ${missing[*]}"
}

build() {
  say "Building..."
  # --log-level=WARNING: quiet when all is well; errors and warnings still show.
  cmake --preset default --log-level=WARNING >/dev/null || die "CMake configure failed (see above)"
  cmake --build --preset default || die "build failed (see above)"
}

cmd=${1:-}
[[ -n $cmd ]] || { usage >&2; exit 2; }
shift

cd "$(dirname "${BASH_SOURCE[0]}")/.."

case $cmd in
  run)
    install_missing
    build
    app=build/app/gridbook
    [[ -x $app ]] || die "$app was not built"
    say "Starting $app $*"
    exec "$app" "$@"
    ;;
  test)
    install_missing
    build
    say "Running tests..."
    exec ctest --preset default
    ;;
  -h | --help | help)
    usage
    ;;
  *)
    usage >&2
    exit 2
    ;;
esac
