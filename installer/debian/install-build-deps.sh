#!/usr/bin/env bash
# Installs, from Debian 12's own packages, whatever Journeyscope needs to build, test and
# run that is not installed yet. Uses sudo when not run as root. With --bench, also what the
# benchmarks compare against (pandas, XGBoost for Python).
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config ccache dpkg-dev
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
  libgraphviz-dev libxgboost-dev libsqlite3-dev zlib1g-dev libpq-dev
  # run: fonts, or every glyph is a box (SQLite is used directly, no Qt SQL driver is needed)
  fonts-dejavu-core
  # test and benchmark: display server for GUI checks, PDF/PNG tools, the sqlite3 shell,
  # the format check
  xvfb xauth imagemagick poppler-utils sqlite3 clang-format
  # the package test (tests/installer/run.sh): Debian's package checker, the validators of
  # the desktop entry and the AppStream metadata, the MIME database and gio to look up
  # what opens a project
  lintian desktop-file-utils appstream shared-mime-info libglib2.0-bin
  # the warehouse tests and benchmark: a throwaway PostgreSQL cluster (tests/warehouse)
  postgresql-15
  # fuzzing (tests/fuzz/run.sh): clang, and its libFuzzer and sanitizer runtimes, which
  # clang-14 does not pull in
  clang-14 libclang-rt-14-dev
)

[ "${1:-}" = "--bench" ] && packages+=(python3-pandas python3-xgboost)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}"
