// The wasm core in browsers, Workers and workerd: the ES module glue, instantiated from a
// compiled WebAssembly.Module (web/core/loader.js decides which, and when), under the public API.
import createZulipCore from '../../dist/zulip_fetch_api_key.mjs';
import { createApi } from './api.js';
import { createLoader } from './loader.js';

/**
 * @param {WebAssembly.Module} wasmModule
 * @returns {Promise<import('./api.js').Core>}
 */
export function instantiateWebCore(wasmModule) {
  return new Promise((resolve, reject) => {
    // The glue's own finding and fetching of the .wasm are cut at build time
    // (scripts/lean_glue.mjs): it never evaluates new URL(..., import.meta.url), which throws
    // where import.meta.url is undefined (workerd).
    createZulipCore({
      instantiateWasm(/** @type {WebAssembly.Imports} */ imports, /** @type {Function} */ receive) {
        WebAssembly.instantiate(wasmModule, imports).then((instance) => receive(instance)).catch(reject);
        return {}; // the exports come later, through receive
      },
    }).then(resolve, reject);
  });
}

/**
 * The public functions, loading the .wasm from `defaultSource` unless ready({ wasm }) says otherwise.
 * @param {() => import('./wasm_source.js').WasmSource} defaultSource
 */
export function createWebApi(defaultSource) {
  return createApi(createLoader({ defaultSource, instantiate: instantiateWebCore }));
}
