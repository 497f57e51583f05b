// login(): server_settings, then fetch_api_key at the realm URL the server names, over real
// loopback HTTP against devserver/ in its modes; one deadline over both requests; the password
// neither sent when password login is off nor in the wasm heap while the first request runs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AbortError, InvalidInputError, login, MalformedResponseError, TimeoutError, ZulipApiError,
} from 'zulip-fetch-api-key';
import { createApi } from '../../web/core/api.js';
import { loadedLoader, nodeCore } from './helpers/core.js';
import { everyRendering, rejectsWith } from './helpers/assertions.js';
import { closedAfterwards } from './helpers/dev_servers.js';
import { routedTo } from './helpers/servers.js';

const SETTINGS = '/api/v1/server_settings';
const FETCH = '/api/v1/fetch_api_key';
const iago = { username: 'iago@zulip.com', password: 'abcd1234' };

const { serve } = closedAfterwards();
/** The paths a server received since `from`. @param {{ requests: { path: string }[] }} server */
const pathsSince = (server, from) => server.requests.slice(from).map((r) => r.path);
/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('login against devserver/', () => {
  test('server_settings, then fetch_api_key; the result adds the settings', async () => {
    const server = await serve();
    const result = await login({ realm: ` ${server.url}/ `, ...iago });
    assert.deepEqual(pathsSince(server, 0), [SETTINGS, FETCH]);
    assert.equal(result.apiKey, 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv');
    assert.equal(result.email, 'iago@zulip.com');
    assert.equal(result.userId, 5);
    assert.equal(result.realm, server.url);
    assert.deepEqual(result.ignoredParametersUnsupported, []);
    assert.equal(result.serverSettings.zulipFeatureLevel, 314);
    assert.equal(result.serverSettings.realmUrl, server.url);
    assert.equal(server.requests[1].body.toString(), 'username=iago%40zulip.com&password=abcd1234');
  });

  test('posts the password to the realm URL the server names, not to the one typed', async () => {
    const named = await serve();
    const asked = await serve();
    asked.realms[0].realmUrl = `http://localhost:${named.port}`;
    const result = await login({ realm: asked.url, ...iago });
    assert.equal(result.realm, `http://localhost:${named.port}`);
    assert.deepEqual(pathsSince(asked, 0), [SETTINGS]);
    assert.deepEqual(pathsSince(named, 0), [FETCH]);
  });

  test('an http:// realm URL named by the server -> INSECURE_REALM_URL, the password not sent', async () => {
    const server = await serve();
    server.realms[0].realmUrl = 'http://chat.example.com';
    /** @type {string[]} */
    const urls = [];
    const recording = routedTo(server.url, urls);
    const error = await rejectsWith(login({ realm: server.url, ...iago, fetch: recording }), InvalidInputError,
      { code: 'INSECURE_REALM_URL' });
    assert.match(error.message, /The server gives its address as/);
    assert.deepEqual(urls, [`${server.url}${SETTINGS}`]);
    // With allowInsecureHttp the login goes there.
    const result = await login({ realm: server.url, ...iago, fetch: recording, allowInsecureHttp: true });
    assert.equal(result.realm, 'http://chat.example.com');
    assert.equal(urls.at(-1), `http://chat.example.com${FETCH}`);
  });

  for (const [name, realm] of /** @type {const} */ ([
    ['email and LDAP off', { passwordAuthEnabled: false, emailAuthEnabled: false }],
    ['password authentication off', { passwordAuthEnabled: false }],
  ])) {
    test(`${name} -> PASSWORD_AUTH_DISABLED, decided locally: the password is never sent`, async () => {
      const server = await serve({ realms: [realm] });
      const error = await rejectsWith(login({ realm: server.url, ...iago }), ZulipApiError,
        { code: 'PASSWORD_AUTH_DISABLED', httpStatus: undefined });
      assert.deepEqual(pathsSince(server, 0), [SETTINGS]);
      assert.ok(!server.requests.some((r) => r.body.toString().includes('abcd1234')));
      assert.ok(!everyRendering(error).includes('abcd1234'));
    });
  }

  test('LDAP: a username that is not an email logs in', async () => {
    const server = await serve({
      realms: [{ ldap: true, emailAuthEnabled: false, users: [{ email: 'Iago@zulip.com', userId: 5, ldapUsername: 'iago' }] }],
    });
    const result = await login({ realm: server.url, username: 'iago', password: 'abcd1234' });
    assert.equal(result.email, 'Iago@zulip.com');
    assert.equal(result.serverSettings.requireEmailFormatUsernames, false);
  });

  test('feature level >= 171: a success without user_id -> MALFORMED_RESPONSE', async () => {
    const withoutUserId = (/** @type {{ path: string }} */ request) => (request.path === FETCH
      ? { status: 200, headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ result: 'success', msg: '', api_key: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', email: 'iago@zulip.com' }) }
      : undefined);
    const current = await serve({ featureLevel: 171, intercept: withoutUserId });
    await rejectsWith(login({ realm: current.url, ...iago }), MalformedResponseError,
      { code: 'MALFORMED_RESPONSE', httpStatus: 200 });
    const older = await serve({ featureLevel: 170, intercept: withoutUserId });
    assert.equal((await login({ realm: older.url, ...iago })).userId, null);
  });

  test('old servers: feature levels 200, 150 and 60', async () => {
    assert.equal((await login({ realm: (await serve({ featureLevel: 200 })).url, ...iago })).userId, 5);
    const fl150 = await login({ realm: (await serve({ featureLevel: 150 })).url, ...iago });
    assert.equal(fl150.userId, null);
    assert.equal(fl150.serverSettings.zulipFeatureLevel, 150);
    await rejectsWith(login({ realm: (await serve({ featureLevel: 60 })).url, username: 'iago@zulip.com', password: 'wrong' }),
      ZulipApiError, { code: 'BAD_REQUEST', httpStatus: 403 });
  });

  test("the second request's errors come through", async () => {
    const server = await serve({ realms: [{ users: [{ email: 'iago@zulip.com', isActive: false }] }] });
    await rejectsWith(login({ realm: server.url, ...iago }), ZulipApiError, { code: 'USER_DEACTIVATED', httpStatus: 401 });
    await rejectsWith(login({ realm: server.url, username: 'hamlet@zulip.com', password: 'x' }), ZulipApiError,
      { code: 'AUTHENTICATION_FAILED', httpStatus: 401 });
  });

  test("the first request's errors stop the login", async () => {
    const production = await serve({ realms: [{ subdomain: 'zulip' }] });
    await rejectsWith(login({ realm: production.url, ...iago }), ZulipApiError, { code: 'BAD_REQUEST', httpStatus: 400 });
    assert.deepEqual(pathsSince(production, 0), [SETTINGS]);
    await rejectsWith(login({ realm: `${production.url}/not-zulip`, ...iago }), MalformedResponseError,
      { code: 'MALFORMED_RESPONSE', httpStatus: 404 });
  });

  test('bad input sends nothing', async () => {
    const server = await serve();
    await rejectsWith(login({ realm: server.url, username: 'iago@zulip.com', password: '' }), InvalidInputError,
      { code: 'INVALID_ARGUMENT', message: 'Enter your password.' });
    await rejectsWith(login({ realm: server.url, username: ' ', password: 'x' }), InvalidInputError, { code: 'INVALID_ARGUMENT' });
    await rejectsWith(login(/** @type {any} */ ({ realm: server.url, username: 'iago@zulip.com' })), InvalidInputError,
      { code: 'INVALID_ARGUMENT' });
    await rejectsWith(login({ realm: 'ftp://x', ...iago }), InvalidInputError, { code: 'INVALID_REALM_URL' });
    assert.equal(server.requests.length, 0);
  });
});

describe('login: one deadline over both requests', () => {
  test('the timeout counts the two requests together', async () => {
    const server = await serve({ intercept: async () => { await sleep(150); } });
    // 150 ms each, 300 together: only a deadline shared by both requests passes.
    await rejectsWith(login({ realm: server.url, ...iago, timeoutMs: 250 }), TimeoutError, { code: 'TIMEOUT' });
    assert.deepEqual(pathsSince(server, 0), [SETTINGS, FETCH]);
    // Each request alone fits in the time: with more of it, the login succeeds.
    assert.equal((await login({ realm: server.url, ...iago, timeoutMs: 2000 })).userId, 5);
  });

  test('the signal aborts the second request', async () => {
    const controller = new AbortController();
    const server = await serve({
      intercept: async (request) => {
        if (request.path === FETCH) { controller.abort(); await sleep(100); }
      },
    });
    await rejectsWith(login({ realm: server.url, ...iago, signal: controller.signal }), AbortError,
      { code: 'ABORTED', name: 'AbortError' });
    const aborted = await serve();
    await rejectsWith(login({ realm: aborted.url, ...iago, signal: AbortSignal.abort() }), AbortError, { code: 'ABORTED' });
    assert.equal(aborted.requests.length, 0);
  });
});

describe('login: the password and the wasm heap', () => {
  // An instance of the public API of its own, so that its heap can be read.
  const core = nodeCore();
  const api = createApi(loadedLoader(core));
  const password = 'Login-Pässwörd+unique-7d2e';
  const needles = [Buffer.from(password, 'utf8'), Buffer.from('unique-7d2e', 'latin1')];
  const inHeap = () => {
    const heap = Buffer.from(/** @type {any} */ (core).HEAPU8.buffer);
    return needles.filter((needle) => heap.includes(needle)).length;
  };

  test('not in the heap while server_settings is in flight, nor after the login', async () => {
    const server = await serve({ realms: [{ users: [{ email: 'iago@zulip.com', password, userId: 5 }] }] });
    /** @type {number[]} */
    const copiesDuringSettings = [];
    /** @type {typeof fetch} */
    const watching = (url, init) => {
      if (String(url).endsWith(SETTINGS)) copiesDuringSettings.push(inHeap());
      return fetch(url, init);
    };
    const result = await api.login({ realm: server.url, username: 'iago@zulip.com', password, fetch: watching });
    assert.equal(result.userId, 5);
    assert.deepEqual(copiesDuringSettings, [0]);
    assert.equal(inHeap(), 0);
    assert.ok(!JSON.stringify(result).includes('unique-7d2e'));
  });
});
