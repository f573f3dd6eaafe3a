#!/usr/bin/env bash
# Fails when a C++ file of the project differs from what clang-format (.clang-format) makes
# of it. To fix: clang-format -i $(git ls-files '*.cpp' '*.h')
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror "${files[@]}"
