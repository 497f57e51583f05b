// What `ready({ wasm })` accepts, compiled into a WebAssembly.Module and instantiated: a URL
// (string or URL), the bytes, a Response (or a promise of one) or a compiled WebAssembly.Module.
// Every failure is a WASM_LOAD_FAILED ZulipError that names where the module was looked for.
// (Kept small: it is in the browser entry, under the size budget of tests/node/size.test.js.)
import { makeError } from '../errors/make_error.js';
import { platformReason } from './transport.js';

/**
 * @typedef {string | URL | ArrayBuffer | ArrayBufferView | Response | PromiseLike<Response>
 *   | WebAssembly.Module} WasmSource
 */

/**
 * A key telling sources apart: the same URL given twice, or the same object, is the same source.
 * @param {WasmSource} source
 */
export function sourceKey(source) {
  return source instanceof URL ? source.href : source;
}

/**
 * @template T
 * @param {WasmSource} source
 * @param {(module: WebAssembly.Module) => T | Promise<T>} instantiate
 * @param {AbortSignal} [signal]  cancels the .wasm's request
 * @returns {Promise<T>}
 */
export async function loadWasm(source, instantiate, signal) {
  /** @type {string | undefined} the URL, when the source is one */
  let where;
  /** @type {any} */
  let pending = source;
  try {
    if (typeof source === 'string' || source instanceof URL) {
      // Relative to the page, as fetch resolves it; Node's fetch has no file: URLs (the browser
      // entry in a jsdom test environment, say), so those are read from the disk there.
      where = new URL(source, globalThis.location?.href).href;
      const fs = where.startsWith('file:') && globalThis.process?.getBuiltinModule?.('fs');
      pending = fs ? fs.promises.readFile(new URL(where), { signal }) : fetch(where, { signal });
    }
    pending = await pending;
    if (typeof pending.arrayBuffer === 'function') { // a Response
      where = pending.url || where;
      if (!pending.ok) throw new Error(`HTTP ${pending.status}`);
      pending = await pending.arrayBuffer();
    }
    // Another module than this package's (an empty one) fails in instantiate (web/core/core_node.js
    // checks; the browser glue fails by itself): also WASM_LOAD_FAILED.
    return await instantiate(pending instanceof WebAssembly.Module ? pending : await WebAssembly.compile(pending));
  } catch (error) {
    throw makeError({
      code: 'WASM_LOAD_FAILED', reason: where === undefined ? 'given' : '', words: { url: where ?? '', detail: platformReason(error) },
    }, { cause: error });
  }
}
