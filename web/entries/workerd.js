// The entry point for Cloudflare Workers (the `workerd` export condition): workerd compiles no
// wasm bytes at run time and has no import.meta.url, so the .wasm comes in as a module import,
// already compiled, as wrangler bundles it. Built into dist/workerd.js, next to the .wasm.
// @ts-ignore: resolved next to dist/workerd.js by the Worker's bundler
import wasmModule from './zulip_fetch_api_key.wasm';
import { createWebApi } from '../core/core_web.js';

export * from '../errors/classes.js';
export { describeError } from '../words/format.js';

export const {
  fetchApiKey, devFetchApiKey, getServerSettings, login, jwtFetchApiKey, verifyApiKey, normalizeRealmUrl, ready,
} = createWebApi(() => wasmModule);
