#!/usr/bin/env bash
# Installs what is missing, then builds and runs every test twice: in a Release build and
# in an AddressSanitizer + UndefinedBehaviorSanitizer build; then builds the Debian package
# and tests it installed, and runs each fuzz target for a bounded time.
set -euo pipefail
cd "$(dirname "$0")"
installer/debian/install-build-deps.sh

for preset in release asan; do
  echo "== $preset build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  echo "== $preset tests"
  ctest --preset "$preset"
done

echo "== Debian package"
tests/installer/run.sh
echo "== fuzzing"
tests/fuzz/run.sh 30
