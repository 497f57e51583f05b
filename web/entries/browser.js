// The browser entry point (also Web Workers and bundlers' browser builds). Importing it loads
// nothing: the .wasm is fetched and instantiated on the first call or on ready(), from next to
// this file unless ready({ wasm }) says otherwise.
import { createWebApi } from '../core/core_web.js';

export * from '../errors/classes.js';
export { describeError } from '../words/format.js';

export const {
  fetchApiKey, devFetchApiKey, getServerSettings, login, jwtFetchApiKey, verifyApiKey, normalizeRealmUrl, ready,
// Written so that bundlers (Vite, webpack, Parcel) see the pattern and emit the .wasm; it
// resolves next to dist/browser.js, the bundle this file becomes.
} = createWebApi(() => new URL('zulip_fetch_api_key.wasm', import.meta.url));
