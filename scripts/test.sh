#!/usr/bin/env bash
# Every test: set-up, build, the native core tests (plain and under ASan/UBSan), then the Node
# suites against the built package, then the browser suites in headless Chromium.
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
bash scripts/fuzz.sh  # libFuzzer, 12 s per target

npx tsc -p tests/types
node --test --test-concurrency=2 tests/node/
# Headless Chromium: the browser module, the widget, both transports (one browser at a time).
npx tsc -p tests/browser && node --test --test-concurrency=1 tests/browser/
