#!/usr/bin/env bash
# Every test: set-up, build, the native core tests (plain and under ASan/UBSan), then the Node
# suites against the built package.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build.sh

for variant in native asan; do
  flags=(-DCMAKE_BUILD_TYPE=Debug)
  [ "$variant" = asan ] && flags+=(-DZFAK_SANITIZE=ON)
  cmake -S . -B "build/$variant" "${flags[@]}" >/dev/null
  cmake --build "build/$variant" -j2
  ctest --test-dir "build/$variant" --output-on-failure -j2
done

npx tsc -p tests/types
node --test --test-concurrency=2 tests/node/
