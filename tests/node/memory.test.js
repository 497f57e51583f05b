// Memory that stays flat and logins that stay apart: 10,000 calls mixing successes and every
// error kind leave the wasm heap and the live embind handles where they were after the first
// 1,000; 1,000 concurrent logins against devserver/ each get their own key.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApi } from '../../web/core/api.js';
import { loadedLoader, nodeCore } from './helpers/core.js';
import { fixedApiKey } from '../../devserver/config.js';
import { startDevServer } from '../../devserver/server.js';

// An instance of the public API of its own, so that its heap and handles can be read.
const core = /** @type {any} */ (nodeCore());
const { fetchApiKey } = createApi(loadedLoader(core));

const realm = 'https://chat.example.com';
const login = { username: 'iago@zulip.com', password: 'abcd1234' };
const success = { result: 'success', msg: '', api_key: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', email: 'iago@zulip.com', user_id: 5 };
const CAP = core.maxResponseBytes;
// The largest answer the cap lets into the heap: a success padded with white space to the cap.
// It takes ~45 ms of the core's time, so it is one call in 500 (two of the first 1,000 included).
const fullSizeSuccess = JSON.stringify(success).padStart(CAP, ' ');
const overCap = new Uint8Array(CAP + 1).fill(0x20);

/** @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
const answer = (status, body, headers = {}) => () =>
  Promise.resolve(new Response(typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    { status, headers: { 'Content-Type': 'application/json', ...headers } }));
const zulipError = (/** @type {number} */ status, /** @type {object} */ fields) =>
  answer(status, { result: 'error', msg: 'A message', ...fields });
// A fetch that answers only when aborted, as fetch does.
const hang = (/** @type {string} */ _url, /** @type {any} */ init) =>
  new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason), { once: true }));

/**
 * Each kind of call: the code it must end with (null: success), and its options.
 * @type {Array<[string | null, () => object]>}
 */
const kinds = [
  [null, () => ({ fetch: answer(200, success) })],
  ['AUTHENTICATION_FAILED', () => ({ fetch: zulipError(401, { code: 'AUTHENTICATION_FAILED' }) })],
  ['RATE_LIMIT_HIT', () => ({ fetch: zulipError(429, { code: 'RATE_LIMIT_HIT', 'retry-after': 2.5 }, { 'Retry-After': '2.5' }) })],
  ['REQUEST_VARIABLE_MISSING', () => ({ fetch: zulipError(400, { code: 'REQUEST_VARIABLE_MISSING', var_name: 'password' }) })],
  ['BAD_REQUEST', () => ({ fetch: zulipError(403, {}) })],
  ['MALFORMED_RESPONSE', () => ({ fetch: answer(200, '<html>not Zulip</html>') })],
  ['SERVER_ERROR', () => ({ fetch: answer(502, '<html>Bad Gateway</html>') })],
  ['UNEXPECTED_REDIRECT', () => ({ fetch: answer(302, '', { Location: 'https://elsewhere.example' }) })],
  ['RESPONSE_TOO_LARGE', () => ({ fetch: answer(200, overCap) })],
  ['NETWORK_ERROR', () => ({ fetch: () => Promise.reject(new TypeError('fetch failed')) })],
  ['TIMEOUT', () => ({ fetch: hang, timeoutMs: 1 })],
  ['ABORTED', () => ({ fetch: hang, signal: AbortSignal.abort() })],
  ['ABORTED', () => {
    const controller = new AbortController();
    queueMicrotask(() => controller.abort());
    return { fetch: hang, signal: controller.signal };
  }],
  ['INVALID_REALM_URL', () => ({ realm: 'zulip://chat.example.com' })],
  ['INSECURE_REALM_URL', () => ({ realm: 'http://chat.example.com' })],
  ['INVALID_ARGUMENT', () => ({ username: ' ' })],
];

/** The wasm heap's size and the live embind handles, once nothing is in flight. */
function footprint() {
  return { heapBytes: core.HEAPU8.length, embindHandles: core.count_emval_handles() };
}

describe('memory and load', () => {
  test('10,000 calls of every kind: heap size and embind handles as after the first 1,000', async (t) => {
    const server = await startDevServer(); // some calls over real loopback HTTP too
    try {
      const BATCH = 20;
      const TOTAL = 10_000;
      /** @type {Record<string, number>} */
      const seen = {};
      /** A login over loopback HTTP: a success, or a wrong password. @returns {[string | null, () => object]} */
      const realCall = (/** @type {boolean} */ right) =>
        [right ? null : 'AUTHENTICATION_FAILED', () => ({ realm: server.url, password: right ? 'abcd1234' : 'wrong' })];
      /** @type {ReturnType<typeof footprint> | undefined} */
      let afterFirst1000;
      for (let done = 0; done < TOTAL; done += BATCH) {
        await Promise.all(Array.from({ length: BATCH }, async (_, j) => {
          const n = done + j;
          const [code, options] = n % 500 === 11 ? [null, () => ({ fetch: answer(200, fullSizeSuccess) })]
            : n % 50 === 7 ? realCall(n % 100 === 7)
              : kinds[n % kinds.length];
          const outcome = await fetchApiKey({ realm, ...login, ...options() }).then(
            (result) => ({ code: null, result }), (/** @type {any} */ error) => ({ code: error.code, result: null }));
          assert.equal(outcome.code, code, `call ${n}`);
          seen[code ?? 'success'] = (seen[code ?? 'success'] ?? 0) + 1;
        }));
        // The heap reaches its peak once a 1 MiB answer (one call in 500) lands amid a batch of
        // others: the body is then in the heap twice (embind's copy and the core's) next to them.
        // After the first two of them, 9,000 calls must not grow it by a byte.
        if (done + BATCH === 1000) afterFirst1000 = footprint();
      }
      const afterAll = footprint();
      assert.ok(Object.values(seen).every((count) => count >= 400), JSON.stringify(seen));
      assert.deepEqual(afterAll, afterFirst1000);
      t.diagnostic(`after 1,000 calls: ${JSON.stringify(afterFirst1000)}; after ${TOTAL}: ${JSON.stringify(afterAll)}`);
    } finally {
      await server.close();
    }
  });

  test('1,000 concurrent logins against devserver/ each return their own key', async () => {
    const users = Array.from({ length: 1000 }, (_, i) => ({ email: `user${i}@zulip.com`, password: `pw-${i}`, userId: 1000 + i }));
    const server = await startDevServer({ realms: [{ subdomain: '', users }] });
    try {
      const results = await Promise.all(users.map((user) =>
        fetchApiKey({ realm: server.url, username: user.email, password: user.password })));
      results.forEach((result, i) => {
        assert.equal(result.apiKey, fixedApiKey(users[i].email), users[i].email);
        assert.equal(result.email, users[i].email);
        assert.equal(result.userId, users[i].userId);
      });
      assert.equal(new Set(results.map((r) => r.apiKey)).size, 1000);
    } finally {
      await server.close();
    }
  });
});
