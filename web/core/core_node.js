// The wasm core in Node (and Deno, Bun): the CommonJS glue, instantiated synchronously from a
// compiled WebAssembly.Module (web/core/loader.js decides which, and when).
import createZulipCore from '../../dist/zulip_fetch_api_key.cjs';

/**
 * @param {WebAssembly.Module} wasmModule
 * @returns {import('./api.js').Core}
 */
export function instantiateNodeCore(wasmModule) {
  // Another valid module (an empty one) would fail inside the glue, which logs; refused here.
  if (!WebAssembly.Module.exports(wasmModule).some((e) => e.kind === 'memory')) {
    throw new Error('not the zulip-fetch-api-key module');
  }
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
