// Crossings between the wasm core and JS: every call from wasm into an imported JS function
// (embind's _emval_*, the IDNA hook, ...) costs a trip through the glue. The imports object of a
// fresh instance is wrapped with counters, and one fetchApiKey (request built, transport called,
// answer validated, result delivered) must make at most 40 of them (issue 11: it made 156).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { createApi } from '../../web/core/api.js';
import { loadedLoader } from './helpers/core.js';

const MAX_IMPORT_CALLS_PER_FETCH_API_KEY = 40;

/** A core of its own, its imported functions counting the calls wasm makes to them. */
function countingCore() {
  const counter = { calls: 0 };
  const { Instance } = WebAssembly;
  // The Node glue instantiates synchronously, with `new WebAssembly.Instance(module, imports)`.
  WebAssembly.Instance = /** @type {any} */ (function CountingInstance(
    /** @type {WebAssembly.Module} */ module, /** @type {Record<string, Record<string, unknown>>} */ imports) {
    for (const namespace of Object.values(imports)) {
      for (const [name, value] of Object.entries(namespace)) {
        if (typeof value !== 'function') continue;
        namespace[name] = function counted(/** @type {unknown[]} */ ...args) {
          counter.calls += 1;
          return value.apply(this, args);
        };
      }
    }
    return new Instance(module, imports);
  });
  try {
    const createZulipCore = createRequire(import.meta.url)('../../dist/zulip_fetch_api_key.cjs');
    const module = {};
    createZulipCore(module);
    return { core: /** @type {any} */ (module), counter };
  } finally {
    WebAssembly.Instance = Instance;
  }
}

const success = { result: 'success', msg: '', api_key: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', email: 'iago@zulip.com', user_id: 5 };
const answer = () => Promise.resolve(new Response(JSON.stringify(success), { status: 200 }));

test(`one fetchApiKey makes at most ${MAX_IMPORT_CALLS_PER_FETCH_API_KEY} calls into JS imports`, async () => {
  const { core, counter } = countingCore();
  const { fetchApiKey } = createApi(loadedLoader(core));
  const options = { realm: 'chat.example.com', username: 'iago@zulip.com', password: 'abcd1234', fetch: answer };
  // The first call also pays for one-time work (embind's method callers, lazy type lookups).
  assert.equal((await fetchApiKey(options)).apiKey, success.api_key);
  const before = counter.calls;
  const result = await fetchApiKey(options);
  const calls = counter.calls - before;
  assert.equal(result.apiKey, success.api_key);
  assert.ok(calls > 0, 'the counters see the calls');
  assert.ok(calls <= MAX_IMPORT_CALLS_PER_FETCH_API_KEY, `${calls} import calls`);
  console.log(`# import calls per fetchApiKey: ${calls}`);
});
