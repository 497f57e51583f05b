// Node build: read the .wasm next to this file synchronously, so that the module is ready as
// soon as it is required (the glue otherwise fetch()es a path, which Node cannot do).
if (!Module['wasmBinary']) {
  Module['wasmBinary'] = require('fs').readFileSync(
    require('path').join(__dirname, 'zulip_fetch_api_key.wasm'));
}
