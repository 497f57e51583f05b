// A wasm core of its own, as web/entries/node.js instantiates it (from dist/'s .wasm, which the Node
// bundle embeds), for suites that read its heap or handles.
import { readFileSync } from 'node:fs';
import { instantiateNodeCore } from '../../../web/core/core_node.js';

export function nodeCore() {
  const bytes = readFileSync(new URL('../../../dist/zulip_fetch_api_key.wasm', import.meta.url));
  return instantiateNodeCore(new WebAssembly.Module(bytes));
}

/**
 * What web/core/loader.js gives createApi, for a core that is already there.
 * @template C @param {C} core
 */
export function loadedLoader(core) {
  return { ready: async () => core, now: () => core, loaded: () => core };
}
