// Loading the wasm core: importing never loads or throws (no top-level await); the first call
// or ready() loads it, from the first source given: a URL, bytes, a Response (or a promise of
// one) or a compiled WebAssembly.Module; a .wasm that cannot be loaded is a WASM_LOAD_FAILED
// ZulipError naming the URL. Portable: Deno and Bun run it too (scripts/test.sh).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import * as zfak from 'zulip-fetch-api-key';
import { startHttpServer } from './helpers/servers.js';

const wasmPath = new URL('../../dist/zulip_fetch_api_key.wasm', import.meta.url);
let fresh = 0;
/** A module instance of dist/browser.js of its own (a new URL is a new module). */
const freshBrowserEntry = () => import(`../../dist/browser.js?instance=${fresh += 1}`);

describe('the browser entry (dist/browser.js), in Node', () => {
  /** @type {Buffer} */
  let bytes;
  /** @type {Awaited<ReturnType<typeof startHttpServer>>} */
  let server;
  before(async () => {
    bytes = await readFile(wasmPath);
    server = await startHttpServer((req, res) => {
      if (req.url !== '/assets/core.wasm') return res.writeHead(404).end('not here');
      res.writeHead(200, { 'Content-Type': 'application/wasm' }).end(bytes);
    });
  });
  after(() => server?.close());

  test('importing loads nothing; normalizeRealmUrl before ready() says to await ready()', async () => {
    const requests = server.requests.length;
    const zfak = await freshBrowserEntry();
    assert.throws(() => zfak.normalizeRealmUrl('chat.zulip.org'),
      (e) => e instanceof zfak.ZulipError && e.code === 'NOT_READY' && /await ready\(\)/.test(e.message));
    assert.equal(server.requests.length, requests);
  });

  test('a .wasm that cannot be loaded rejects ready() and the first call with WASM_LOAD_FAILED naming the URL', async () => {
    const zfak = await freshBrowserEntry();
    const url = `${server.url}/dist/zulip_fetch_api_key.wasm`;
    const check = (/** @type {any} */ e) => e instanceof zfak.ZulipError && e.code === 'WASM_LOAD_FAILED'
      && e.message.includes(url) && /404/.test(e.message);
    await assert.rejects(zfak.ready({ wasm: url }), check);
    await assert.rejects(zfak.fetchApiKey({ realm: 'chat.example.com', username: 'me', password: 'pw' }), check);
  });

  test('after a failed load, the next call tries again: from the same source, or from the one given then', async () => {
    const zfak = await freshBrowserEntry();
    const missing = `${server.url}/missing/zulip_fetch_api_key.wasm`;
    await assert.rejects(zfak.ready({ wasm: missing }), (e) => e.code === 'WASM_LOAD_FAILED');
    const requests = server.requests.length;
    await assert.rejects(zfak.ready(), (e) => e.code === 'WASM_LOAD_FAILED' && e.message.includes(missing));
    assert.equal(server.requests.length, requests + 1, 'tried again');
    await zfak.ready({ wasm: `${server.url}/assets/core.wasm` });
    assert.equal(zfak.normalizeRealmUrl('chat.zulip.org'), 'https://chat.zulip.org');
  });

  test('an unreachable URL, bytes that are not wasm and another module are WASM_LOAD_FAILED too', async () => {
    const unreachable = await freshBrowserEntry();
    await assert.rejects(unreachable.ready({ wasm: 'http://127.0.0.1:9/core.wasm' }),
      (e) => e.code === 'WASM_LOAD_FAILED' && e.message.includes('http://127.0.0.1:9/core.wasm'));
    const garbage = await freshBrowserEntry();
    await assert.rejects(garbage.ready({ wasm: new Uint8Array([1, 2, 3]) }), (e) => e.code === 'WASM_LOAD_FAILED');
    // A valid module, but not this package's: it compiles, and fails to instantiate.
    const other = await freshBrowserEntry();
    const empty = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    await assert.rejects(other.ready({ wasm: new Response(empty) }), (e) => e.code === 'WASM_LOAD_FAILED');
  });

  test('a call aborted at once does not cancel the load a ready() waits for, nor make it load twice', async () => {
    const zfak = await freshBrowserEntry();
    const requests = server.requests.length;
    const loading = zfak.ready({ wasm: `${server.url}/assets/core.wasm` });
    const error = await zfak.login({ realm: 'chat.example.com', username: 'me', password: 'pw', signal: AbortSignal.abort() })
      .catch((/** @type {any} */ e) => e);
    assert.equal(error.code, 'ABORTED');
    await loading;
    await zfak.ready();
    assert.equal(zfak.normalizeRealmUrl('chat.zulip.org'), 'https://chat.zulip.org');
    assert.equal(server.requests.length, requests + 1);
  });

  /** @type {[string, (b: Buffer, url: string) => unknown][]} */
  const sources = [
    ['a URL string', (_, url) => url],
    ['a URL object', (_, url) => new URL(url)],
    ['the bytes (Uint8Array)', (b) => new Uint8Array(b)],
    ['the bytes (ArrayBuffer)', (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)],
    ['a Response', (b) => new Response(b)],
    ['a promise of a Response', (_, url) => fetch(url)],
    ['a compiled WebAssembly.Module', (b) => new WebAssembly.Module(b)],
  ];
  for (const [name, make] of sources) {
    test(`ready({ wasm: ${name} }) instantiates from it`, async () => {
      const zfak = await freshBrowserEntry();
      await zfak.ready({ wasm: make(bytes, `${server.url}/assets/core.wasm`) });
      assert.equal(zfak.normalizeRealmUrl(' Chat.Zulip.org/ '), 'https://chat.zulip.org');
    });
  }

  test('the first source wins: the same one again is fine, another one is INVALID_ARGUMENT', async () => {
    const zfak = await freshBrowserEntry();
    const url = `${server.url}/assets/core.wasm`;
    const first = zfak.ready({ wasm: url });
    await zfak.ready({ wasm: new URL(url) });
    await first;
    await assert.rejects(zfak.ready({ wasm: new Uint8Array(bytes) }), (e) => e.code === 'INVALID_ARGUMENT');
    const late = await freshBrowserEntry();
    await late.ready();
    await assert.rejects(late.ready({ wasm: url }), (e) => e.code === 'INVALID_ARGUMENT');
  });

  test('without a source, the .wasm next to dist/browser.js is used (read from disk for a file: URL)', async () => {
    const zfak = await freshBrowserEntry();
    await zfak.ready();
    assert.equal(zfak.normalizeRealmUrl('chat.zulip.org'), 'https://chat.zulip.org');
  });
});

describe('the package entry of this runtime', () => {
  test('ready() resolves, then normalizeRealmUrl works; another source afterwards is INVALID_ARGUMENT', async () => {
    await zfak.ready();
    assert.equal(zfak.normalizeRealmUrl(' Chat.Zulip.org/ '), 'https://chat.zulip.org');
    await assert.rejects(zfak.ready({ wasm: new Uint8Array(await readFile(wasmPath)) }),
      (e) => e instanceof zfak.InvalidInputError && e.code === 'INVALID_ARGUMENT');
  });
});

describe('the load is under the deadline of the call that waits for it', () => {
  const login = { realm: 'https://chat.example.com', username: 'iago@zulip.com', password: 'pw' };
  const success = { result: 'success', msg: '', api_key: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', email: 'iago@zulip.com', user_id: 5 };
  const fetch = async () => new Response(JSON.stringify(success));
  /**
   * `promise`'s outcome, or 'hung' once `ms` have passed.
   * @param {Promise<unknown>} promise @param {number} ms
   */
  const within = async (promise, ms) => {
    /** @type {any} */
    let timer;
    try {
      return await Promise.race([promise.then((v) => v, (e) => e),
        new Promise((resolve) => { timer = setTimeout(() => resolve('hung'), ms); })]);
    } finally {
      clearTimeout(timer);
    }
  };

  test('ready({ wasm: a promise that never settles }): calls end with ABORTED or TIMEOUT; once timed out, the next load is tried again', async () => {
    const zfak = await freshBrowserEntry();
    zfak.ready({ wasm: new Promise(() => {}) }).catch(() => {});
    const aborted = await within(zfak.fetchApiKey({ ...login, fetch, signal: AbortSignal.timeout(100) }), 3000);
    assert.equal(/** @type {any} */ (aborted).code, 'ABORTED', String(aborted));
    const timedOut = await within(zfak.fetchApiKey({ ...login, fetch, timeoutMs: 200 }), 3000);
    assert.equal(/** @type {any} */ (timedOut).code, 'TIMEOUT', String(timedOut));
    // The load that timed out counts as failed: another source may be given now.
    await zfak.ready({ wasm: await readFile(wasmPath) });
    assert.equal((await zfak.fetchApiKey({ ...login, fetch })).apiKey, success.api_key);
  });

  test('a .wasm URL that never answers: TIMEOUT, the request is cancelled, and the next call asks again', async () => {
    /** @type {import('node:http').ServerResponse[]} */
    const held = [];
    let closed = 0;
    const silent = await startHttpServer((_req, res) => {
      held.push(res);
      res.socket?.on('close', () => { closed += 1; });
    });
    try {
      const zfak = await freshBrowserEntry();
      zfak.ready({ wasm: `${silent.url}/core.wasm` }).catch(() => {});
      const first = await within(zfak.fetchApiKey({ ...login, fetch, timeoutMs: 300 }), 3000);
      assert.equal(/** @type {any} */ (first).code, 'TIMEOUT', String(first));
      // Each load that timed out was cancelled; the next call loaded again.
      const second = await within(zfak.fetchApiKey({ ...login, fetch, timeoutMs: 300 }), 3000);
      assert.equal(/** @type {any} */ (second).code, 'TIMEOUT', String(second));
      assert.equal(silent.requests.length, 2, 'asked again');
      for (let i = 0; i < 50 && closed < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(closed, 2, 'both .wasm requests were cancelled');
    } finally {
      for (const res of held) res.destroy();
      await silent.close();
    }
  });
});

describe('the Node loader', () => {
  test('a valid module that is not this package\'s (an empty one) is WASM_LOAD_FAILED, and the next call tries again', async () => {
    const { createApi } = await import('../../web/core/api.js');
    const { createLoader } = await import('../../web/core/loader.js');
    const { instantiateNodeCore } = await import('../../web/core/core_node.js');
    const empty = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    const api = createApi(createLoader({ defaultSource: () => empty, instantiate: instantiateNodeCore }));
    // web/'s own classes, not the package bundle's: compared by name.
    const loadFailed = (/** @type {any} */ e) => e.name === 'ZulipError' && e.code === 'WASM_LOAD_FAILED';
    await assert.rejects(api.ready(), loadFailed);
    const success = { result: 'success', msg: '', api_key: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', email: 'iago@zulip.com', user_id: 5 };
    const login = { realm: 'https://chat.example.com', username: 'iago@zulip.com', password: 'pw',
      fetch: async () => new Response(JSON.stringify(success)) };
    await assert.rejects(api.fetchApiKey(login), loadFailed);
    await api.ready({ wasm: await readFile(wasmPath) });
    assert.equal((await api.fetchApiKey(login)).apiKey, success.api_key);
  });
});
