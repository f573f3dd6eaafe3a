#!/usr/bin/env bash
# Installs what is missing, builds Journeyscope (Release), imports the bundled sample into
# a project with its stages and goal, and opens it in the application, or, without a
# display, prints its summary: what it holds, the purchase funnel, where journeys struggle
# and a drop-off model of them, and writes the journey map (PDF, PNG) and the stakeholder pack.
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
cli="$bin/journeyscope-cli"
"$cli" import "$project" resources/sample/clickstream-sample.csv
"$cli" stages "$project" --load resources/sample/stages.csv >/dev/null
"$cli" goal "$project" --set "Order confirmation,Store purchase"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "$cli" train "$project" >/dev/null   # the drop-off model behind the map's predicted risk
  exec "$bin/journeyscope" "$project"
fi
echo
"$cli" info "$project"
echo
"$cli" funnel "$project" --steps "Product page,Cart,Checkout,Payment,Order confirmation"
echo
friction=$("$cli" friction "$project")
sed -n 1,12p <<<"$friction"   # the touchpoints with the most friction
echo
"$cli" train "$project"   # the drop-off model: how good, what drives it, risk per stage
echo
# The journey map as PDF and PNG, and the stakeholder pack (map, graph, heatmap, funnel).
steps="Product page,Cart,Checkout,Payment,Order confirmation"
"$cli" export "$project" --view map --format pdf -o "$sample_dir/journey-map.pdf"
"$cli" export "$project" --view map --format png --dpi 150 -o "$sample_dir/journey-map.png"
"$cli" export "$project" --view pack --steps "$steps" --nodes 0.6 --edges 0.4 --format pdf \
  -o "$sample_dir/stakeholder-pack.pdf"
