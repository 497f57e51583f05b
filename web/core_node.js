// The wasm core in Node (and Deno, Bun): the CommonJS glue, instantiated synchronously from a
// compiled WebAssembly.Module (web/loader.js decides which, and when).
import createZulipCore from '../dist/zulip_fetch_api_key.cjs';

/**
 * @param {WebAssembly.Module} wasmModule
 * @returns {import('./api.js').Core}
 */
export function instantiateNodeCore(wasmModule) {
  const module = {
    instantiateWasm(/** @type {WebAssembly.Imports} */ imports, /** @type {Function} */ receive) {
      const instance = new WebAssembly.Instance(wasmModule, imports);
      receive(instance);
      return instance.exports;
    },
  };
  createZulipCore(module); // fills `module` before returning: instantiation is synchronous
  if (typeof /** @type {any} */ (module).fetchApiKey !== 'function') throw new Error('not the zulip-fetch-api-key module');
  return /** @type {any} */ (module);
}
