// The browser entry point: the ES module glue compiles the .wasm asynchronously; the top-level
// await makes the synchronous normalizeRealmUrl usable right after import.
import createZulipCore from '../dist/zulip_fetch_api_key.mjs';
import { createApi } from './api.js';

export * from './errors.js';
export { describeError } from './messages.js';

/** @type {Promise<import('./api.js').Core>} */
const instantiated = createZulipCore();
/** @type {import('./api.js').Core} */
const core = await instantiated;

export const {
  fetchApiKey, devFetchApiKey, getServerSettings, login, normalizeRealmUrl, ready,
} = createApi({
  ready: () => instantiated,
  now: () => core,
});
