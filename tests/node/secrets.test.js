// The password never shows: not in any rendering of any error, and not in the wasm heap once a
// call is over, after a success and after every kind of failure.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createApi } from '../../web/api.js';
import { nodeCore } from '../../web/core_node.js';
import { startDevServer } from '../../devserver/server.js';
import { everyRendering } from './helpers/assertions.js';
import { closedPort, sendJson, startHttpServer, startTcpServer } from './helpers/servers.js';

// An instance of the public API of its own, so that its heap can be read.
const core = nodeCore();
const { fetchApiKey } = createApi({ ready: async () => core, now: () => core });

const password = 'Pässwörd+S3cr3t&unique-4f1c9a';
const needles = [
  Buffer.from(password, 'utf8'),
  Buffer.from(new URLSearchParams({ password }).toString().slice('password='.length), 'latin1'),
  Buffer.from('S3cr3t', 'latin1'), // a piece, in case only part of a copy survived
];

/** @param {Uint8Array} heap @param {Buffer} needle */
function occurrences(heap, needle) {
  const haystack = Buffer.from(heap.buffer, heap.byteOffset, heap.byteLength);
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

function assertHeapClean() {
  const heap = /** @type {any} */ (core).HEAPU8;
  assert.ok(heap instanceof Uint8Array && heap.length > 0, 'the heap is readable');
  for (const needle of needles) assert.equal(occurrences(heap, needle), 0, `${needle} in the wasm heap`);
}

describe('secret hygiene', () => {
  /** @type {Array<{ url: string, close: () => Promise<void> }>} */
  const servers = [];
  /** @type {Record<string, string>} */
  const realms = {};
  before(async () => {
    const dev = await startDevServer({ realms: [{ subdomain: '', users: [{ email: 'iago@zulip.com', password, userId: 5, apiKey: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv' }] }] });
    const answer = (/** @type {number} */ status, /** @type {unknown} */ body) =>
      startHttpServer((_req, res) => sendJson(res, status, body));
    const [malformed, serverError, redirect, huge, silent] = await Promise.all([
      answer(200, { result: 'success', msg: '', api_key: 'a-b', email: 'x' }),
      answer(500, '<html>oops</html>'),
      startHttpServer((_req, res) => { res.writeHead(302, { Location: 'https://elsewhere.example' }); res.end(); }),
      startHttpServer((_req, res) => { res.writeHead(200); res.end(Buffer.alloc(2 * 1024 * 1024, 0x20)); }),
      startTcpServer(() => {}),
    ]);
    servers.push(dev, malformed, serverError, redirect, huge, silent);
    Object.assign(realms, {
      dev: dev.url, malformed: malformed.url, serverError: serverError.url, redirect: redirect.url,
      huge: huge.url, silent: silent.url, refused: `http://127.0.0.1:${await closedPort()}`,
    });
  });
  after(() => Promise.all(servers.map((s) => s.close())));

  test('after a success the heap holds no copy of the password', async () => {
    const result = await fetchApiKey({ realm: realms.dev, username: 'iago@zulip.com', password });
    assert.equal(result.email, 'iago@zulip.com');
    assert.ok(!JSON.stringify(result).includes('S3cr3t'));
    assertHeapClean();
  });

  const failures = /** @type {const} */ ([
    ['AUTHENTICATION_FAILED', () => ({ realm: realms.dev, username: 'hamlet@zulip.com' })],
    ['BAD_REQUEST', () => ({ realm: realms.dev, username: 'not-an-email' })],
    ['MALFORMED_RESPONSE', () => ({ realm: realms.malformed, username: 'iago@zulip.com' })],
    ['SERVER_ERROR', () => ({ realm: realms.serverError, username: 'iago@zulip.com' })],
    ['UNEXPECTED_REDIRECT', () => ({ realm: realms.redirect, username: 'iago@zulip.com' })],
    ['RESPONSE_TOO_LARGE', () => ({ realm: realms.huge, username: 'iago@zulip.com' })],
    ['NETWORK_ERROR', () => ({ realm: realms.refused, username: 'iago@zulip.com' })],
    ['TIMEOUT', () => ({ realm: realms.silent, username: 'iago@zulip.com', timeoutMs: 100 })],
    ['ABORTED', () => ({ realm: realms.silent, username: 'iago@zulip.com', signal: AbortSignal.timeout(50) })],
    ['INVALID_REALM_URL', () => ({ realm: "zulip://chat.example.com", username: 'iago@zulip.com' })],
    ['INSECURE_REALM_URL', () => ({ realm: 'http://chat.example.com', username: 'iago@zulip.com' })],
    ['INVALID_ARGUMENT', () => ({ realm: realms.dev, username: ' ' })],
  ]);
  for (const [code, options] of failures) {
    test(`${code}: no rendering of the error holds the password, nor does the heap`, async () => {
      /** @type {any} */
      let caught;
      await fetchApiKey({ ...options(), password }).catch((error) => { caught = error; });
      assert.equal(caught?.code, code);
      const shown = everyRendering(caught);
      assert.ok(!shown.includes('S3cr3t'), shown);
      assertHeapClean();
    });
  }
});
