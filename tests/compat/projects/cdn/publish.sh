# What a CDN and an asset pipeline make of the package: its modules under a versioned CDN path,
# its .wasm renamed with a content hash under the site's own assets/, and the page (index.html,
# with an import map, start.js and main.js) at the root of public/.
set -eu
package=node_modules/zulip-fetch-api-key/dist
cdn=public/cdn/zulip-fetch-api-key@0.1.0
mkdir -p "$cdn" public/assets
cp "$package/browser.js" "$package/widget.js" "$cdn/"
cp "$package/zulip_fetch_api_key.wasm" public/assets/zulip_fetch_api_key.5e1f0c.wasm
cp index.html start.js main.js public/
