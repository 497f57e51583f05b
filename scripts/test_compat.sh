#!/usr/bin/env bash
# The compatibility matrix (tests/compat/): the built package, packed once, installed into one
# minimal project per target (bundlers, test runners, Next.js, wrangler, ...) and checked to log in,
# then the table of results written to tests/compat/RESULTS.md and printed. Runs under Node 24
# (from the npm registry, installed with the tools by scripts/setup_compat.sh). Expects dist/ built.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup_compat.sh
node24=build/compat/node_modules/.bin/node
start=$(date +%s)
rm -rf build/compat/results build/compat/pack
mkdir -p build/compat/pack
ZFAK_PACKED="$PWD/build/compat/pack/$(npm pack --silent --pack-destination build/compat/pack)"
export ZFAK_PACKED
# One target at a time: builds are heavy on 2 cores, and their times are then comparable.
status=0
"$node24" --test --test-concurrency=1 tests/compat/*.test.js || status=$?
"$node24" tests/compat/report.js "$(( $(date +%s) - start ))"
exit "$status"
