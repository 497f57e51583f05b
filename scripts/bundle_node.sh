#!/usr/bin/env bash
# The Node entry, dist/node.cjs: one CommonJS bundle serves both require() and import
# (dist/node.mjs, from web/entries/node_esm.js, re-exports it). It holds the glue and the .wasm
# (base64), so that it works wherever a server bundler puts it. Then the CLI, dist/cli.js, which
# imports the package by its name: the CLI process has one instance of it. Run by build.sh, and
# by Stryker over the mutated sources.
set -euo pipefail
cd "$(dirname "$0")/.."
npx esbuild web/entries/node.js --bundle --platform=node --format=cjs --target=node22 \
  --loader:.wasm=binary --outfile=dist/node.cjs --log-level=warning
cp web/entries/node_esm.js dist/node.mjs
npx esbuild web/cli/main.js --bundle --platform=node --format=esm --target=node22 \
  --external:zulip-fetch-api-key --outfile=dist/cli.js --log-level=warning
chmod +x dist/cli.js
