// fetchApiKey through the wasm package, over real loopback HTTP, against devserver/: every code
// a Zulip server sends, and the exact request that goes out.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  fetchApiKey, InvalidInputError, ZulipApiError, ZulipError,
} from 'zulip-fetch-api-key';
import { startDevServer } from '../../devserver/server.js';
import { rejectsWith } from './helpers/assertions.js';

const iago = { username: 'iago@zulip.com', password: 'abcd1234' };

describe('fetchApiKey against devserver/', () => {
  /** @type {Awaited<ReturnType<typeof startDevServer>>} */
  let server;
  before(async () => { server = await startDevServer(); });
  after(() => server.close());

  test('logs in with the default user and returns the key, email and user id', async () => {
    const result = await fetchApiKey({ realm: server.url, ...iago });
    assert.deepEqual(Object.keys(result).sort(),
      ['apiKey', 'email', 'ignoredParametersUnsupported', 'realm', 'userId']);
    assert.match(result.apiKey, /^[A-Za-z0-9]{32}$/);
    assert.equal(result.email, 'iago@zulip.com');
    assert.equal(typeof result.userId, 'number');
    assert.equal(result.realm, server.url);
    assert.deepEqual(result.ignoredParametersUnsupported, []);
  });

  test('accepts the realm as a person types it, and as a URL object', async () => {
    const typed = ` ${server.url.toUpperCase().replace('HTTP://', 'http://')}/ `;
    assert.equal((await fetchApiKey({ realm: typed, ...iago })).realm, server.url);
    assert.equal((await fetchApiKey({ realm: new URL(server.url), ...iago })).realm, server.url);
  });

  test('sends exactly one form POST with username and password, and nothing else', async () => {
    const password = 'a b+c&d=e%f é';
    const seen = server.requests.length;
    await assert.rejects(fetchApiKey({ realm: server.url, username: ' iago@zulip.com ', password }));
    const sent = server.requests.slice(seen);
    assert.equal(sent.length, 1);
    const [request] = sent;
    assert.equal(request.method, 'POST');
    assert.equal(request.path ?? request.url, '/api/v1/fetch_api_key');
    assert.equal(request.headers['content-type'], 'application/x-www-form-urlencoded');
    assert.equal(request.headers.authorization, undefined);
    assert.equal(request.headers.cookie, undefined);
    assert.equal(request.body.toString('latin1'),
      'username=iago%40zulip.com&password=a+b%2Bc%26d%3De%25f+%C3%A9');
    assert.equal(request.body.toString('utf8'), `username=iago%40zulip.com&${new URLSearchParams({ password })}`);
  });

  test('wrong password -> AUTHENTICATION_FAILED (401)', async () => {
    await rejectsWith(fetchApiKey({ realm: server.url, username: 'hamlet@zulip.com', password: 'nope' }),
      ZulipApiError, { code: 'AUTHENTICATION_FAILED', httpStatus: 401 });
  });

  test('a non-email username without LDAP -> BAD_REQUEST with the server message', async () => {
    await rejectsWith(fetchApiKey({ realm: server.url, username: 'iago', password: 'x' }),
      ZulipApiError, { code: 'BAD_REQUEST', httpStatus: 400, serverMessage: 'Enter a valid email address.' });
  });

  test('the email comes back as the server stores it', async () => {
    const result = await fetchApiKey({ realm: server.url, username: 'IAGO@Zulip.COM', password: 'abcd1234' });
    assert.equal(result.email, 'iago@zulip.com');
  });

  test('40 concurrent logins each get their own key', async () => {
    const users = Array.from({ length: 40 }, (_, i) => ({
      email: `user${i}@zulip.com`, password: `pw-${i}`, userId: 100 + i,
      apiKey: `key${String(i).padStart(29, '0')}`,
    }));
    const crowd = await startDevServer({ realms: [{ subdomain: '', users }] });
    try {
      const results = await Promise.all(users.map((u) =>
        fetchApiKey({ realm: crowd.url, username: u.email, password: u.password })));
      results.forEach((result, i) => {
        assert.equal(result.apiKey, users[i].apiKey);
        assert.equal(result.email, users[i].email);
        assert.equal(result.userId, users[i].userId);
      });
    } finally {
      await crowd.close();
    }
  });
});

describe('every server-side code, from devserver/ configured for it', () => {
  /** @type {Array<() => Promise<void>>} */
  const cleanups = [];
  after(() => Promise.all(cleanups.map((close) => close())));
  /** @param {Parameters<typeof startDevServer>[0]} options */
  const serve = async (options) => {
    const server = await startDevServer(options);
    cleanups.push(() => server.close());
    return server;
  };
  /** @param {Record<string, unknown>} realm @param {Record<string, unknown>} [user] */
  const realmWith = (realm, user = {}) => ({
    realms: [{ subdomain: '', ...realm, users: [{ email: 'iago@zulip.com', password: 'abcd1234', userId: 5, apiKey: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', ...user }] }],
  });

  for (const [name, options, code] of /** @type {const} */ ([
    ['deactivated user', realmWith({}, { isActive: false }), 'USER_DEACTIVATED'],
    ['deactivated organization', realmWith({ deactivated: true }), 'REALM_DEACTIVATED'],
    ['password authentication off', realmWith({ passwordAuthEnabled: false }), 'PASSWORD_AUTH_DISABLED'],
    ['password reset required', realmWith({}, { passwordResetRequired: true }), 'PASSWORD_RESET_REQUIRED'],
  ])) {
    test(`${name} -> ${code} (401)`, async () => {
      const server = await serve(options);
      await rejectsWith(fetchApiKey({ realm: server.url, ...iago }), ZulipApiError, { code, httpStatus: 401 });
    });
  }

  test('no organization at this address -> NONEXISTENT_SUBDOMAIN (404)', async () => {
    const server = await serve({ realms: [{ subdomain: 'zulip' }] });
    await rejectsWith(fetchApiKey({ realm: server.url, ...iago }), ZulipApiError,
      { code: 'NONEXISTENT_SUBDOMAIN', httpStatus: 404 });
  });

  test('rate limited -> RATE_LIMIT_HIT (429) with retryAfter in seconds', async () => {
    const server = await serve({ rateLimit: { max: 2, windowSeconds: 60 } });
    for (let i = 0; i < 2; i += 1) {
      await rejectsWith(fetchApiKey({ realm: server.url, username: 'iago@zulip.com', password: 'wrong' }),
        ZulipApiError, { code: 'AUTHENTICATION_FAILED' });
    }
    const error = await rejectsWith(fetchApiKey({ realm: server.url, ...iago }), ZulipApiError,
      { code: 'RATE_LIMIT_HIT', httpStatus: 429 });
    assert.equal(typeof error.retryAfter, 'number');
    assert.ok(error.retryAfter > 0 && error.retryAfter <= 60, String(error.retryAfter));
    assert.match(error.message, new RegExp(`${Math.ceil(error.retryAfter)} second`));
  });

  test('a missing parameter -> REQUEST_VARIABLE_MISSING with varName', async () => {
    const server = await serve({});
    /** @type {typeof fetch} */
    const dropPassword = (url, init) => fetch(url, {
      ...init, body: new TextDecoder().decode(/** @type {Uint8Array} */ (init?.body)).replace(/&password=.*/, ''),
    });
    await rejectsWith(fetchApiKey({ realm: server.url, ...iago, fetch: dropPassword }), ZulipApiError,
      { code: 'REQUEST_VARIABLE_MISSING', httpStatus: 400, varName: 'password' });
  });

  test('a server before feature level 76 (403, no code) -> BAD_REQUEST', async () => {
    const server = await serve({ featureLevel: 60 });
    await rejectsWith(fetchApiKey({ realm: server.url, username: 'iago@zulip.com', password: 'wrong' }),
      ZulipApiError, { code: 'BAD_REQUEST', httpStatus: 403 });
  });

  test('a server before feature level 171 -> userId null', async () => {
    const server = await serve({ featureLevel: 150 });
    const result = await fetchApiKey({ realm: server.url, ...iago });
    assert.equal(result.userId, null);
    assert.match(result.apiKey, /^[A-Za-z0-9]+$/);
  });

  test('ignored parameters are reported (feature level >= 167)', async () => {
    const server = await serve({});
    /** @type {typeof fetch} */
    const extra = (url, init) => fetch(url, {
      ...init, body: `${new TextDecoder().decode(/** @type {Uint8Array} */ (init?.body))}&zeta=1&alpha=2`,
    });
    const result = await fetchApiKey({ realm: server.url, ...iago, fetch: extra });
    assert.deepEqual(result.ignoredParametersUnsupported, ['alpha', 'zeta']);
  });

  test('an LDAP username that is not an email is sent as is', async () => {
    const server = await serve(realmWith({ ldap: true }, { ldapUsername: 'iago' }));
    const result = await fetchApiKey({ realm: server.url, username: 'iago', password: 'abcd1234' });
    assert.equal(result.email, 'iago@zulip.com');
  });
});

describe('input checked before anything is sent', () => {
  /** @type {Awaited<ReturnType<typeof startDevServer>>} */
  let server;
  before(async () => { server = await startDevServer(); });
  after(() => server.close());

  for (const [name, options, code] of /** @type {const} */ ([
    ['an empty username', { username: '', password: 'abcd1234' }, 'INVALID_ARGUMENT'],
    ['a blank username', { username: '  ', password: 'abcd1234' }, 'INVALID_ARGUMENT'],
    ['an empty password', { username: 'iago@zulip.com', password: '' }, 'INVALID_ARGUMENT'],
    ['a non-string password', { username: 'iago@zulip.com', password: 1234 }, 'INVALID_ARGUMENT'],
    ['a missing username', { password: 'abcd1234' }, 'INVALID_ARGUMENT'],
    ['a negative timeout', { ...iago, timeoutMs: -1 }, 'INVALID_ARGUMENT'],
    ['a string timeout', { ...iago, timeoutMs: '100' }, 'INVALID_ARGUMENT'],
    ['a non-boolean allowInsecureHttp', { ...iago, allowInsecureHttp: 'yes' }, 'INVALID_ARGUMENT'],
    ['a non-signal signal', { ...iago, signal: {} }, 'INVALID_ARGUMENT'],
    ['a non-function fetch', { ...iago, fetch: 'fetch' }, 'INVALID_ARGUMENT'],
  ])) {
    test(`${name} -> ${code}`, async () => {
      const seen = server.requests.length;
      await rejectsWith(fetchApiKey(/** @type {any} */ ({ realm: server.url, ...options })), InvalidInputError, { code });
      assert.equal(server.requests.length, seen, 'nothing sent');
    });
  }

  for (const realm of ['zulip://x', 'ftp://x', 'me@example.com', 'https://u:p@x', '!@#*asd;l4fkj', '', 42]) {
    test(`realm ${JSON.stringify(realm)} -> ${typeof realm === 'string' ? 'INVALID_REALM_URL' : 'INVALID_ARGUMENT'}`, async () => {
      await rejectsWith(fetchApiKey(/** @type {any} */ ({ realm, ...iago })), InvalidInputError,
        { code: typeof realm === 'string' ? 'INVALID_REALM_URL' : 'INVALID_ARGUMENT' });
    });
  }

  test('http:// to a host that is not loopback -> INSECURE_REALM_URL, unless allowed', async () => {
    await rejectsWith(fetchApiKey({ realm: 'http://chat.zulip.org', ...iago }), InvalidInputError,
      { code: 'INSECURE_REALM_URL' });
    /** @type {string[]} */
    const urls = [];
    /** @type {typeof fetch} */
    const recorder = async (url) => { urls.push(String(url)); throw new TypeError('offline'); };
    await assert.rejects(fetchApiKey({ realm: 'http://chat.zulip.org', ...iago, allowInsecureHttp: true, fetch: recorder }),
      (error) => error instanceof ZulipError && error.code === 'NETWORK_ERROR');
    assert.deepEqual(urls, ['http://chat.zulip.org/api/v1/fetch_api_key']);
  });

  test('not an options object -> INVALID_ARGUMENT', async () => {
    await rejectsWith(fetchApiKey(/** @type {any} */ (undefined)), InvalidInputError, { code: 'INVALID_ARGUMENT' });
  });
});
