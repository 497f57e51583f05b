// The Node entry (also Deno and Bun), bundled into dist/node.cjs, which `require` and `import`
// (dist/node.mjs) both load: a program mixing the two has one ZulipError class. The .wasm is
// inside, so that the bundle works wherever a server bundler (Next.js) moves it.
// @ts-ignore: esbuild's binary loader turns the import into a Uint8Array
import wasmBytes from '../../dist/zulip_fetch_api_key.wasm';
import { createApi } from '../core/api.js';
import { instantiateNodeCore } from '../core/core_node.js';
import { createLoader } from '../core/loader.js';
import { ZulipError } from '../errors/classes.js';
import { rowFor } from '../errors/codes.js';
import { EXIT_STATUS } from '../errors/exit_status.js';
import { ERROR_INFO } from '../words/format.js';

export * from '../errors/classes.js';
export { describeError } from '../words/format.js';
export const {
  fetchApiKey, devFetchApiKey, getServerSettings, login, jwtFetchApiKey, verifyApiKey, normalizeRealmUrl, ready,
} = createApi(createLoader({
  defaultSource: () => wasmBytes,
  instantiate: instantiateNodeCore,
  // Node compiles a module this size synchronously: normalizeRealmUrl works right after import.
  instantiateNow: () => instantiateNodeCore(new WebAssembly.Module(wasmBytes)),
}));
export { formatZuliprc, readZuliprc, writeZuliprc } from '../node/zuliprc.js';

// The CLI reads each error's exit status from here (errors/exit_status.js).
Object.defineProperty(ZulipError.prototype, EXIT_STATUS, {
  get() { return rowFor(this[ERROR_INFO])[1].exit; },
});
