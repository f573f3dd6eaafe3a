#!/usr/bin/env bash
# Takes the README's screenshots (resources/screenshots/*.png) of the application on the
# bundled sample, offscreen.
set -euo pipefail
cd "$(dirname "$0")/../.."
installer/debian/install-build-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target take_screenshots journeyscope-cli
QT_QPA_PLATFORM=offscreen SCREENSHOTS_DIR="$PWD/resources/screenshots" \
  build/release/tests/screenshots/take_screenshots
