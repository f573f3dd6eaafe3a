#!/usr/bin/env bash
# Builds Release and runs the benchmarks on generated clickstreams, 3 runs each:
#   import:   1M and 10M events, journeyscope-cli import against sqlite3 .import, then XES
#   analyses: 10M events, EventLog load + graph, funnel, variants, friction against pandas
#   model:    1M events, drop-off features + XGBoost training + evaluation against pandas
#             features + python3-xgboost on the same matrix
#   views:    layout + scene of a 150-node cyclic journey graph against dot's defaults, and
#             the stakeholder pack PDF
#   filter:   1M events, the journey map recomputed and redrawn after a filter change
#             against the window's goal of 200 ms
# `run.sh import|analyses|model|views|filter [ARGS]` runs one; ARGS go to its program
# (for example --events 1000000 --runs 5 --dir /some/where).
set -euo pipefail
cd "$(dirname "$0")/../.."
installer/debian/install-build-deps.sh --bench
cmake --preset release >/dev/null
cmake --build --preset release --target bench_import bench_analyses bench_model bench_views \
  bench_filter journeyscope-cli
bench=build/release/tests/bench
case "${1:-}" in
  import) shift; exec "$bench/bench_import" "$@" ;;
  analyses) shift; exec "$bench/bench_analyses" "$@" ;;
  model) shift; exec "$bench/bench_model" "$@" ;;
  views) shift; exec "$bench/bench_views" "$@" ;;
  filter) shift; exec "$bench/bench_filter" "$@" ;;
esac
"$bench/bench_import" "$@"
"$bench/bench_analyses" "$@"
"$bench/bench_model" "$@"
"$bench/bench_views"   # its own sizes: a 150-node graph and a shop of 2,000 customers
"$bench/bench_filter" "$@"
