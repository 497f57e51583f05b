// When and from where the wasm core is instantiated: never on import (importing the package
// must not fail, nor fetch anything, on a server, in SSR, in jsdom or in a Worker), but on the
// first call or on ready(), once, from the first source given (else the entry's default). A
// load that failed is tried again on the next call (from the source given then, if any).
import { makeError, invalidArgument } from '../errors/make_error.js';
import { loadWasm, sourceKey } from './wasm_source.js';

/** @typedef {import('./api.js').Core} Core */
/** @typedef {import('./deadline.js').Deadline} Deadline */
/** @typedef {import('./wasm_source.js').WasmSource} WasmSource */

/**
 * @param {{
 *   defaultSource: () => WasmSource,
 *   instantiate: (module: WebAssembly.Module) => Core | Promise<Core>,
 *   instantiateNow?: () => Core,
 * }} how  `instantiateNow`, where the platform can (Node), makes the synchronous
 *   normalizeRealmUrl work before ready() by instantiating the default source synchronously.
 * @returns {{ ready: (source?: unknown, deadline?: Deadline) => Promise<Core>, now: () => Core, loaded: () => Core | undefined }}
 */
export function createLoader(how) {
  /** @type {WasmSource | undefined} */
  let chosen;
  /** @type {Promise<Core> | undefined} */
  let pending;
  /** @type {Core | undefined} */
  let core;
  let failed = false;
  /** @type {AbortController | undefined} cancels the load under way */
  let loading;

  /**
   * @param {unknown} [given]
   * @param {Deadline} [deadline]  a call's: when it fires before the load is done, the call stops
   *   waiting. When its time is up, the load counts as failed and is cancelled (the .wasm's
   *   request with it): the next call loads again. A caller's abort says nothing of the load,
   *   which goes on for whoever else waits (a widget's ready()).
   */
  function ready(given, deadline) {
    const source = /** @type {WasmSource | undefined} */ (given);
    if (pending === undefined || (failed && core === undefined)) {
      chosen = source ?? chosen ?? how.defaultSource();
      failed = false;
      loading?.abort();
      loading = new AbortController();
      const attempt = loadWasm(chosen, how.instantiate, loading.signal).then((c) => (core ??= c), (error) => {
        if (pending === attempt) failed = true;
        throw error;
      });
      pending = attempt;
    } else if (source !== undefined && sourceKey(source) !== sourceKey(/** @type {WasmSource} */ (chosen))) {
      return Promise.reject(invalidArgument('wasm-source'));
    }
    if (deadline === undefined) return pending;
    const waited = pending;
    return Promise.race([waited, deadline.fired().then((why) => {
      if (pending === waited && why === 'TIMEOUT') {
        failed = true;
        loading?.abort();
      }
      throw deadline.failure();
    })]);
  }

  function now() {
    if (core !== undefined) return core;
    if (pending === undefined && how.instantiateNow) {
      core = how.instantiateNow();
      pending = Promise.resolve(core);
      return core;
    }
    throw makeError({ code: 'NOT_READY' });
  }

  return { ready, now, loaded: () => core };
}
