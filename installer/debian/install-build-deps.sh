#!/usr/bin/env bash
# Installs, from Debian 12's own packages, whatever Journeyscope needs to build, test and
# run that is not installed yet. Uses sudo when not run as root. With --bench, also what the
# benchmarks compare against (pandas, XGBoost for Python).
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config ccache dpkg-dev
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
  libgraphviz-dev libxgboost-dev libsqlite3-dev zlib1g-dev
  # run: the Qt SQLite driver is only a Recommends of libqt6sql6; fonts, or every glyph is a box
  libqt6sql6-sqlite fonts-dejavu-core
  # test and benchmark: display server for GUI checks, PDF/PNG tools, the sqlite3 shell,
  # the format check
  xvfb xauth imagemagick poppler-utils sqlite3 clang-format
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
