#!/usr/bin/env bash
# Builds dist/: the wasm core (one .wasm, a Node CommonJS glue and a browser ES module glue), the
# Node entry bundle and the browser modules. Expects scripts/setup.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's em++ needs Debian's acorn; emcmake's default emulator flag is rejected by Node 20.
export NODE_PATH=/usr/share/nodejs
# npm puts node_modules/.bin first on PATH, and binaryen's wasm-opt there (the newer one that
# CMakeLists.txt runs by its path) would be found by emcc in place of Debian's: emcc then leaves
# the glue's import names unminified, and the glue no longer matches the .wasm. emcc gets the
# PATH a shell has.
PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v '/node_modules/\.bin$' | paste -sd: -)
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node >/dev/null
cmake --build build/wasm -j2

bash scripts/bundle_node.sh

# CommonJS consumers need the Node types as one .d.cts: index.d.ts, then node.d.ts's additions.
{ cat web/types/index.d.ts; grep -v "^export \* from './index.js';" web/types/node.d.ts; } > dist/index.d.cts

# Browsers download one minified ES module (web/entries/browser.js, what it imports and the glue, which
# finds the .wasm next to it through import.meta.url: so it stays in dist/). Inlining the glue is
# smaller than importing it (bench/notes.md). The widget is a module of its own that
# imports ./browser.js: a page or an app loading both gets one instance, one wasm instantiation.
# Cloudflare Workers get the same, with the .wasm imported as a module (dist/workerd.js).
esbuild_browser=(--bundle --minify --format=esm --target=es2022 --log-level=warning)
# What withholds a secret from an error (web/errors/withholding.js) is a chunk of its own,
# dist/browser-withholding.js, loaded when a call starts: the entry every page loads does not carry it.
npx esbuild web/entries/browser.js "${esbuild_browser[@]}" --splitting --outdir=dist \
  --entry-names='[name]' --chunk-names='browser-[name]'
test -f dist/browser-withholding.js
# The widget's languages other than English are modules of their own (dist/messages/), loaded
# only by a page that uses one. The widget's imports of the browser entry and of the languages
# stay imports, rewritten to their places in dist/ (next to dist/widget.js).
widget_externals=(--external:../entries/browser.js --external:'../words/messages/*')
npx esbuild web/widget/index.js "${esbuild_browser[@]}" "${widget_externals[@]}" --outfile=dist/widget.js
sed -i 's#"\.\./entries/browser\.js"#"./browser.js"#; s#"\.\./words/messages/#"./messages/#g' dist/widget.js
grep -q '"./browser.js"' dist/widget.js
grep -q '"./messages/de.js"' dist/widget.js
# Jest loads CommonJS only: require('zulip-fetch-api-key/widget') gets a CommonJS build of the
# widget on top of the Node entry (the .wasm inside), the same instance require() gives.
npx esbuild web/widget/index.js --bundle --format=cjs --platform=node --target=node22 --log-level=warning \
  "${widget_externals[@]}" --outfile=dist/widget.cjs
sed -i 's#require("\.\./entries/browser\.js")#require("./node.cjs")#; s#"\.\./words/messages/#"./messages/#g' dist/widget.cjs
grep -q 'require("./node.cjs")' dist/widget.cjs
grep -q '"./messages/de.js"' dist/widget.cjs
if grep -q '\.\./' dist/widget.js dist/widget.cjs; then echo 'build.sh: the widget imports outside dist/' >&2; exit 1; fi
# Its types as TypeScript reads them for require(): the same declarations, as CommonJS ones.
cp web/types/widget.d.ts dist/widget.d.cts
npx esbuild web/words/messages/*.js --minify --format=esm --target=es2022 --log-level=warning --outdir=dist/messages
npx esbuild web/entries/workerd.js "${esbuild_browser[@]}" --external:./zulip_fetch_api_key.wasm \
  --outfile=dist/workerd.js
