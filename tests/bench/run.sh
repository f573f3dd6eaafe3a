#!/usr/bin/env bash
# Builds Release and runs the import benchmark: 1M and 10M generated events, 3 runs each,
# journeyscope-cli import against sqlite3 .import. Extra arguments go to bench_import
# (for example --events 1000000 --runs 5 --dir /some/where).
set -euo pipefail
cd "$(dirname "$0")/../.."
installer/debian/install-build-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target bench_import journeyscope-cli
exec build/release/tests/bench/bench_import "$@"
