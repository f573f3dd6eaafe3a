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
#   warehouse: 10M events in a throwaway PostgreSQL cluster: graph, funnel, variants and
#             friction pushed down as SQL against the embedded engine on the same data
# `run.sh import|analyses|model|views|filter|warehouse [ARGS]` runs one; ARGS go to its program
# (for example --events 1000000 --runs 5 --dir /some/where).
set -euo pipefail
cd "$(dirname "$0")/../.."
installer/debian/install-build-deps.sh --bench
cmake --preset release >/dev/null
cmake --build --preset release --target bench_import bench_analyses bench_model bench_views \
  bench_filter bench_warehouse journeyscope-cli
bench=build/release/tests/bench

# A PostgreSQL cluster for the warehouse benchmark, stopped however the run ends; memory
# settings of a modest analytics server rather than the defaults for a small machine.
warehouse() {
  local state port=55492
  state=$(mktemp)
  trap 'tests/warehouse/pgcluster.sh stop "$state"' RETURN
  tests/warehouse/pgcluster.sh start "$state" "$port" \
    "-c shared_buffers=2GB -c work_mem=256MB -c max_parallel_workers_per_gather=2"
  "$bench/bench_warehouse" --uri "postgresql://journeyscope@127.0.0.1:$port/journeyscope" "$@"
}
case "${1:-}" in
  import) shift; exec "$bench/bench_import" "$@" ;;
  analyses) shift; exec "$bench/bench_analyses" "$@" ;;
  model) shift; exec "$bench/bench_model" "$@" ;;
  views) shift; exec "$bench/bench_views" "$@" ;;
  filter) shift; exec "$bench/bench_filter" "$@" ;;
  warehouse) shift; warehouse "$@"; exit ;;
esac
"$bench/bench_import" "$@"
"$bench/bench_analyses" "$@"
"$bench/bench_model" "$@"
"$bench/bench_views"   # its own sizes: a 150-node graph and a shop of 2,000 customers
"$bench/bench_filter" "$@"
warehouse "$@"
