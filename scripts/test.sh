#!/usr/bin/env bash
# Every test: set-up, build, the native core tests (plain and under ASan/UBSan), fuzzing, the
# types under TypeScript 7 and 5.9, the Node suites against the built package on Node 22, 24 and
# 26, a portable subset of them on Deno and Bun, the browser suites (Chromium, Firefox ESR, WebKitGTK), then
# the compatibility matrix (tests/compat/: bundlers, Next.js, workerd, test runners).
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

# The hand-written types, as apps check them: TypeScript 7 (typescript) and 5.9 (typescript-5).
for tsc in node_modules/typescript/bin/tsc node_modules/typescript-5/bin/tsc; do
  echo "types: $(node "$tsc" --version)"
  node "$tsc" -p tests/types
  node "$tsc" -p tests/browser
done

# The Node suites on each Node the package supports (engines: >=22), from scripts/setup.sh.
# The differential suite runs on Node 22 only: its oracle is Node's own WHATWG URL, and the
# URL parser of Node 24 and 26 (a newer Ada) differs from the one its stated exceptions were
# written against ("^" in a path left unescaped, "xn--" labels checked differently).
suites=(tests/node/*.test.js)
for version in 22 24 26; do
  node=build/node$version/bin/node
  echo "node suites: Node $("$node" --version)"
  if [ "$version" = 22 ]; then
    "$node" --test --test-concurrency=2 "${suites[@]}"
  else
    "$node" --test --test-concurrency=2 $(printf '%s\n' "${suites[@]}" | grep -v differential)
  fi
done

# Deno and Bun run the suites that go through the public API alone and use nothing
# Node-specific: together they call every public function (fetchApiKey, devFetchApiKey,
# getServerSettings, login, jwtFetchApiKey, verifyApiKey, normalizeRealmUrl, ready with every
# kind of source, formatZuliprc, writeZuliprc, readZuliprc) and check every error class, a hostile server and fetch, the code table, the
# languages, and the faulty servers (each runtime's own fetch must stop at the deadline: the
# transport relies on its signal). Left out: the CLI (a pty), the packed install (npm), the
# entries (Node flags) and heap scans.
portable=(fetch_api_key dev_fetch_api_key server_settings login jwt_fetch_api_key verify_api_key read_zuliprc idn zuliprc
  loader hostile error_codes translations faults)
portable=("${portable[@]/#/tests/node/}")
portable=("${portable[@]/%/.test.js}")
echo "node suites, portable subset: Deno $(build/deno/deno --version | head -n1 | cut -d' ' -f2)"
NO_COLOR=1 build/deno/deno test --allow-all --no-check "${portable[@]}"
echo "node suites, portable subset: Bun $(build/bun/bin/bun --version)"
build/bun/bin/bun test "${portable[@]/#/./}"

# The browser suites, one browser at a time: the scenarios (tests/browser/scenarios.js) in
# Chromium, Firefox ESR and WebKitGTK, and the Chromium suites; then the table of engines that ran
# (tests/browser/RESULTS.md), which fails if an engine failed or the README's table is not it.
rm -rf build/browsers
node --test --test-concurrency=1 tests/browser/
node tests/browser/report.js
# The packed package in each bundler, test runner, Next.js, workerd, ...: tests/compat/RESULTS.md.
bash scripts/test_compat.sh
