// The password never shows: not in any rendering of any error, and not in the wasm heap once a
// call is over, after a success and after every kind of failure.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { inspect } from 'node:util';
import { createApi } from '../../web/core/api.js';
import { loadedLoader, nodeCore } from './helpers/core.js';
import { startDevServer } from '../../devserver/server.js';
import { everyRendering } from './helpers/assertions.js';
import { FAULT_CODES } from './helpers/fault_codes.js';
import { closedPort, sendJson, startHttpServer, startTcpServer } from './helpers/servers.js';

// An instance of the public API of its own, so that its heap can be read.
const core = nodeCore();
const { fetchApiKey } = createApi(loadedLoader(core));

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
  /** @type {Record<string, string>} the URL of a devserver/ answering with each fault */
  const faulty = {};
  before(async () => {
    const users = [
      { email: 'iago@zulip.com', password, userId: 5, apiKey: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv' },
      { email: 'gone@zulip.com', password, isActive: false },
      { email: 'reset@zulip.com', password, passwordResetRequired: true },
    ];
    const [dev, limited, passwordOff, deactivated] = await Promise.all([
      startDevServer({ realms: [{ subdomain: '', users }] }),
      startDevServer({ realms: [{ subdomain: '', users }], rateLimit: { max: 1 } }),
      startDevServer({ realms: [{ subdomain: '', users, passwordAuthEnabled: false }] }),
      startDevServer({ realms: [{ subdomain: '', users, deactivated: true }] }),
    ]);
    servers.push(limited, passwordOff, deactivated);
    // The one attempt the rate limit allows, used up with a wrong password.
    await fetch(`${limited.url}/api/v1/fetch_api_key`, { method: 'POST', body: new URLSearchParams({ username: 'iago@zulip.com', password: 'wrong' }) });
    for (const fault of Object.keys(FAULT_CODES)) {
      const server = await startDevServer({ fault });
      servers.push(server);
      faulty[fault] = server.url;
    }
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
      limited: limited.url, passwordOff: passwordOff.url, deactivated: deactivated.url,
    });
  });
  after(() => Promise.all(servers.map((s) => s.close())));

  test('after a success the heap holds no copy of the password', async () => {
    const result = await fetchApiKey({ realm: realms.dev, username: 'iago@zulip.com', password });
    assert.equal(result.email, 'iago@zulip.com');
    assert.ok(!JSON.stringify(result).includes('S3cr3t'));
    assertHeapClean();
  });

  /** @type {Array<[string, () => object]>} */
  const failures = [
    ['AUTHENTICATION_FAILED', () => ({ realm: realms.dev, username: 'hamlet@zulip.com' })],
    ['USER_DEACTIVATED', () => ({ realm: realms.dev, username: 'gone@zulip.com' })],
    ['PASSWORD_RESET_REQUIRED', () => ({ realm: realms.dev, username: 'reset@zulip.com' })],
    ['REALM_DEACTIVATED', () => ({ realm: realms.deactivated, username: 'iago@zulip.com' })],
    ['PASSWORD_AUTH_DISABLED', () => ({ realm: realms.passwordOff, username: 'iago@zulip.com' })],
    ['RATE_LIMIT_HIT', () => ({ realm: realms.limited, username: 'iago@zulip.com' })],
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
  ];
  for (const [fault, code] of Object.entries(FAULT_CODES)) {
    // Only the faults that must end in TIMEOUT get a short one: on a loaded machine, inflating
    // the gzip bomb to the cap can take more than 300 ms.
    const timeoutMs = code === 'TIMEOUT' ? 300 : 5000;
    failures.push([`${code} (${fault})`, () => ({ realm: faulty[fault], username: 'iago@zulip.com', timeoutMs })]);
  }

  // A password typed into the server URL is not the login password (its heap copies are not
  // wiped), but no message may quote it: found by fuzzing (tests/fuzz/corpus/realm_url/crash-*).
  for (const realm of [`ftp://iago:${password}@chat.example.com`, `htps)://iago:${password}@chat.example.com`]) {
    test(`INVALID_REALM_URL for ${realm.split(':')[0]}: no rendering quotes the userinfo`, async () => {
      /** @type {any} */
      let caught;
      await fetchApiKey({ realm, username: 'iago@zulip.com', password: 'other' }).catch((error) => { caught = error; });
      assert.equal(caught?.code, 'INVALID_REALM_URL');
      assert.ok(!everyRendering(caught).includes('S3cr3t'), everyRendering(caught));
    });
  }

  // A hostile or careless server echoes what it was sent: its answer is read by the core, and
  // every copy the read made is gone once the call is over.
  for (const [status, code] of [[400, 'SOMETHING_NEW'], [400, 'BAD_REQUEST'], [401, 'AUTHENTICATION_FAILED'], [200, undefined]]) {
    test(`a ${status} answer whose msg echoes the password (${code ?? 'success'}): the heap holds no copy`, async () => {
      const echo = new URLSearchParams({ password }).toString();
      const body = code === undefined
        ? { result: 'success', msg: `${password} ${echo}`, api_key: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', email: 'iago@zulip.com', user_id: 5 }
        : { result: 'error', code, msg: `You sent ${password} (${echo})` };
      const fetch = async () => new Response(JSON.stringify(body), { status });
      const outcome = await fetchApiKey({ realm: 'https://chat.example.com', username: 'iago@zulip.com', password, fetch })
        .then((r) => r, (e) => e);
      assert.ok(!everyRendering(outcome).includes('S3cr3t'), everyRendering(outcome));
      assertHeapClean();
    });
  }

  for (const [label, options] of failures) {
    test(`${label}: no rendering of the error holds the password, nor does the heap`, async () => {
      /** @type {any} */
      let caught;
      await fetchApiKey({ ...options(), password }).catch((error) => { caught = error; });
      assert.equal(caught?.code, label.split(' ')[0]);
      const shown = everyRendering(caught);
      assert.ok(!shown.includes('S3cr3t'), shown);
      assertHeapClean();
    });
  }
});

describe("a custom fetch's error is scrubbed whole, however deep the password is", () => {
  const password = 'Hunter2-Very$ecret';
  const realm = 'https://chat.example.com';
  /** @type {Array<[string, () => unknown]>} */
  const thrown = [
    ['a cause chain 8 deep', () => {
      let error = new Error(`innermost ${password}`);
      for (let i = 0; i < 8; i += 1) error = new Error(`level ${i}`, { cause: error });
      return error;
    }],
    ['AggregateError.errors', () => new AggregateError([new Error('a'), new Error(`b ${password}`)], 'several')],
    ['an object-valued property (error.request.body)', () =>
      Object.assign(new TypeError('fetch failed'), { request: { body: `username=x&password=${password}` } })],
    ['a Symbol-keyed property', () => Object.assign(new TypeError('fetch failed'), { [Symbol('body')]: password })],
    ['a Symbol whose description is it', () => Object.assign(new TypeError('fetch failed'), { key: Symbol(password) })],
    ['a Map', () => Object.assign(new TypeError('fetch failed'), { sent: new Map([['password', password]]) })],
    ['a Set', () => Object.assign(new TypeError('fetch failed'), { sent: new Set([password]) })],
    ['a thrown plain object', () => ({ message: 'failed', body: { password } })],
    ['a thrown string', () => `could not send password=${password}`],
    ['a thrown Symbol', () => Symbol(`password=${password}`)],
    ['bytes (a Uint8Array property)', () => Object.assign(new TypeError('fetch failed'), { body: new TextEncoder().encode(password) })],
    ['a getter', () => Object.defineProperty(new TypeError('fetch failed'), 'body', { get: () => password, enumerable: true })],
    ['a Proxy', () => new Proxy(Object.assign(new TypeError('fetch failed'), { body: password }), { ownKeys: () => [] })],
    ['a class with its own toJSON', () => new (class extends Error { toJSON() { return { password: password.split('').join('') }; } })('x')],
    ['a String object', () => Object.assign(new TypeError('fetch failed'), { body: Object(password) })],
    ['a cycle', () => {
      const error = Object.assign(new TypeError('fetch failed'), { body: password });
      return Object.assign(new Error('outer'), { self: null, inner: Object.assign(error, { outer: error }) });
    }],
  ];
  for (const [name, make] of thrown) {
    test(`${name}: no rendering holds the password`, async () => {
      const error = await fetchApiKey({ realm, username: 'iago@zulip.com', password, fetch: async () => { throw make(); } })
        .catch((e) => e);
      assert.equal(error.code, 'NETWORK_ERROR');
      const shown = [everyRendering(error), inspect(error, { depth: Infinity, showHidden: true, showProxy: true, getters: true }),
        JSON.stringify(error, ['cause', 'message', 'errors', 'request', 'body', 'sent', 'inner', 'password']),
        String(error.cause)].join('\n');
      assert.ok(!shown.includes(password) && !shown.includes('Very$ecret'), shown);
    });
  }
  test('a cause without the password keeps its type, message, code and stack, and its own cause the same', async () => {
    const inner = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' });
    const original = Object.assign(new TypeError('fetch failed', { cause: inner }), { code: 'X' });
    const error = await fetchApiKey({ realm, username: 'iago@zulip.com', password, fetch: async () => { throw original; } })
      .catch((e) => e);
    assert.ok(error.cause instanceof TypeError);
    assert.deepEqual([error.cause.message, error.cause.code, error.cause.stack], [original.message, 'X', original.stack]);
    assert.deepEqual([error.cause.cause.message, error.cause.cause.code], [inner.message, 'ECONNREFUSED']);
  });
  test('a cause with the password is replaced by an error of the same name saying why', async () => {
    const error = await fetchApiKey({ realm, username: 'iago@zulip.com', password,
      fetch: async () => { throw new RangeError(`too long: ${password}`); } }).catch((e) => e);
    assert.ok(error.cause instanceof RangeError);
    assert.match(error.cause.message, /withheld.*password/i);
  });
  test('a chain of causes is copied 5 deep (the platform nests two), and no deeper', async () => {
    let original = new Error('innermost');
    for (let i = 0; i < 8; i += 1) original = new Error(`level ${i}`, { cause: original });
    const error = await fetchApiKey({ realm, username: 'iago@zulip.com', password, fetch: async () => { throw original; } })
      .catch((e) => e);
    const messages = [];
    for (let cause = error.cause; cause !== undefined; cause = cause.cause) messages.push(cause.message);
    assert.deepEqual(messages, ['level 7', 'level 6', 'level 5', 'level 4', 'level 3']);
    assert.ok(!Object.hasOwn(error.cause.cause.cause.cause.cause, 'cause'), 'the last copy has no cause at all');
  });
  test("a cause's name is kept, what it lacks stays absent, and a field that quotes the password is dropped", async () => {
    const thrown = { name: 'AbortError', code: `E_${password}` }; // no message, a code that holds the password
    const error = await fetchApiKey({ realm, username: 'iago@zulip.com', password, fetch: async () => { throw thrown; } })
      .catch((e) => e);
    assert.equal(error.cause.name, 'AbortError');
    assert.equal(error.cause.message, '');
    assert.ok(!Object.hasOwn(error.cause, 'code'), String(error.cause.code));
    const plain = await fetchApiKey({ realm, username: 'iago@zulip.com', password, fetch: async () => { throw new Error('x'); } })
      .catch((e) => e);
    assert.ok(!Object.hasOwn(plain.cause, 'code') && !Object.hasOwn(plain.cause, 'cause'));
    const number = await fetchApiKey({ realm, username: 'iago@zulip.com', password, fetch: async () => { throw 42; } })
      .catch((e) => e);
    assert.equal(number.cause, 42);
    const text = await fetchApiKey({ realm, username: 'iago@zulip.com', password, fetch: async () => { throw 'offline'; } })
      .catch((e) => e);
    assert.equal(text.cause, 'offline');
  });
});
