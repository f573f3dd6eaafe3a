#!/usr/bin/env bash
# Installs what is missing, builds Journeyscope (Release), imports the bundled sample into
# a project and opens it in the application, or, without a display, prints its summary.
set -euo pipefail
cd "$(dirname "$0")"
installer/debian/install-build-deps.sh

cmake --preset release >/dev/null
cmake --build --preset release --target journeyscope journeyscope-cli
bin=build/release/app

sample_dir=${JOURNEYSCOPE_SAMPLE_DIR:-build/release/sample}
mkdir -p "$sample_dir"
project="$sample_dir/sample.journey"
rm -f "$project"   # the demo project is made fresh each time
"$bin/journeyscope-cli" import "$project" resources/sample/clickstream-sample.csv

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin/journeyscope" "$project"
fi
echo
"$bin/journeyscope-cli" info "$project"
