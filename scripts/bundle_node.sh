#!/usr/bin/env bash
# The Node entry, dist/node.cjs: one CommonJS bundle serves both require() and import
# (web/entries/node_esm.js re-exports it). It holds the glue and the .wasm (base64), so that it works
# wherever a server bundler puts it. Run by build.sh, and by Stryker over the mutated sources.
set -euo pipefail
cd "$(dirname "$0")/.."
npx esbuild web/entries/node.js --bundle --platform=node --format=cjs --target=node22 \
  --loader:.wasm=binary --outfile=dist/node.cjs --log-level=warning
