// The wasm core in Node: the CommonJS glue reads the .wasm next to it and instantiates it
// synchronously, on first use, once.
import createZulipCore from '../dist/zulip_fetch_api_key.cjs';

/** @type {import('./api.js').Core | undefined} */
let core;

/** @returns {import('./api.js').Core} */
export function nodeCore() {
  if (core === undefined) {
    const module = {};
    createZulipCore(module); // fills `module` before returning: compilation is synchronous
    core = /** @type {any} */ (module);
  }
  return /** @type {import('./api.js').Core} */ (core);
}
