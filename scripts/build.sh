#!/usr/bin/env bash
# Builds dist/: the wasm core (one .wasm, a Node CommonJS glue and a browser ES module glue) and
# the Node entry bundle. Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's em++ needs Debian's acorn; emcmake's default emulator flag is rejected by Node 20.
export NODE_PATH=/usr/share/nodejs
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node >/dev/null
cmake --build build/wasm -j2

# One CommonJS bundle serves both require() and import (web/node_esm.js re-exports it).
npx esbuild web/node.js --bundle --platform=node --format=cjs --target=node18 \
  --external:../dist/* --outfile=dist/node.cjs --log-level=warning

# CommonJS consumers need the Node types as one .d.cts: index.d.ts, then node.d.ts's additions.
{ cat web/index.d.ts; grep -v "^export \* from './index.js';" web/node.d.ts; } > dist/index.d.cts
