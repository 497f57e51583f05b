// verifyApiKey through the wasm package, over real loopback HTTP, against devserver/'s
// /users/me (zerver/decorator.py's answers to Basic auth), a redirect, hostile answers, and the
// key's hygiene.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  InvalidInputError, MalformedResponseError, UnexpectedRedirectError, ZulipApiError, verifyApiKey,
} from 'zulip-fetch-api-key';
import { createApi } from '../../web/core/api.js';
import { everyRendering, rejectsWith } from './helpers/assertions.js';
import { loadedLoader, nodeCore } from './helpers/core.js';
import { closedAfterwards } from './helpers/dev_servers.js';
import { redirectingServer, sendJson, startHttpServer } from './helpers/servers.js';

const { serve, track } = closedAfterwards();
const IAGO_KEY = 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv';

describe('verifyApiKey against devserver/', () => {
  test("says whose key it is, from one GET with Basic auth built of the trimmed email and the key", async () => {
    const server = await serve();
    const user = await verifyApiKey({ realm: server.url, email: ' iago@zulip.com ', apiKey: IAGO_KEY });
    assert.deepEqual(user, {
      userId: 5, email: 'iago@zulip.com', fullName: 'iago', isBot: false, role: 200,
      avatarUrl: 'https://secure.gravatar.com/avatar/5?d=identicon&version=1', timezone: '',
      dateJoined: '2024-01-01T00:00:00+00:00',
    });
    const sent = server.requests.at(-1);
    assert.equal(sent?.method, 'GET');
    assert.equal(sent?.url, '/api/v1/users/me');
    assert.equal(sent?.headers.authorization, `Basic ${Buffer.from(`iago@zulip.com:${IAGO_KEY}`).toString('base64')}`);
    assert.equal(sent?.body.length, 0);
  });

  test('every refusal of the key is INVALID_API_KEY, with the server\'s words kept', async () => {
    const server = await serve({
      realms: [{ users: [{ email: 'iago@zulip.com', apiKey: IAGO_KEY }, { email: 'gone@zulip.com', isActive: false, apiKey: 'G'.repeat(32) },
        { email: 'hamlet@zulip.com', apiKey: 'H'.repeat(32) }] },
      { subdomain: 'other', users: [{ email: 'o@other.example', apiKey: 'O'.repeat(32) }] }],
    });
    const realm = server.url;
    const cases = [
      ['iago@zulip.com', 'Z'.repeat(32), 'Invalid API key'], // regenerated / unknown
      ['iago@zulip.com', 'H'.repeat(32), 'Invalid API key'], // another account's key
      ['iago@zulip.com', 'short', 'Malformed API key'],
      ['gone@zulip.com', 'G'.repeat(32), 'Account is deactivated'],
      ['o@other.example', 'O'.repeat(32), 'Account is not associated with this subdomain'],
    ];
    for (const [email, apiKey, msg] of cases) {
      const error = await rejectsWith(verifyApiKey({ realm, email, apiKey }), ZulipApiError,
        { code: 'INVALID_API_KEY', httpStatus: 401, serverCode: 'UNAUTHORIZED', serverMessage: msg });
      assert.match(error.message, /did not accept this API key/);
    }
    server.realms[0].deactivated = true;
    await rejectsWith(verifyApiKey({ realm, email: 'iago@zulip.com', apiKey: IAGO_KEY }), ZulipApiError,
      { code: 'INVALID_API_KEY', serverMessage: 'This organization has been deactivated' });
  });

  test('servers before feature level 76 (no code) and servers that name the case keep their codes', async () => {
    const old = await serve({ featureLevel: 60 });
    await rejectsWith(verifyApiKey({ realm: old.url, email: 'iago@zulip.com', apiKey: 'Z'.repeat(32) }), ZulipApiError,
      { code: 'INVALID_API_KEY', httpStatus: 401 });
    for (const code of ['USER_DEACTIVATED', 'REALM_DEACTIVATED']) {
      const server = track(await startHttpServer((_req, res) => sendJson(res, 401, { result: 'error', msg: 'm', code })));
      await rejectsWith(verifyApiKey({ realm: server.url, email: 'iago@zulip.com', apiKey: IAGO_KEY }), ZulipApiError, { code });
    }
  });

  test('the rate limit: RATE_LIMIT_HIT with retryAfter', async () => {
    const server = await serve({ apiRateLimit: { max: 1, windowSeconds: 60 } });
    const options = { realm: server.url, email: 'iago@zulip.com', apiKey: IAGO_KEY };
    await verifyApiKey(options);
    const error = await rejectsWith(verifyApiKey(options), ZulipApiError, { code: 'RATE_LIMIT_HIT', httpStatus: 429 });
    assert.ok(/** @type {any} */ (error).retryAfter > 0);
  });

  test('what cannot go into a header is refused before anything is sent', async () => {
    const server = await serve();
    const seen = server.requests.length;
    const realm = server.url;
    for (const email of ['', 'a:b@x', 'iago@zulip.com\r\nX-Evil: 1']) {
      await rejectsWith(verifyApiKey({ realm, email, apiKey: IAGO_KEY }), InvalidInputError, { code: 'INVALID_ARGUMENT', reason: 'email' });
    }
    for (const apiKey of ['', 'key with spaces', `${IAGO_KEY}\r\nX-Evil: 1`]) {
      await rejectsWith(verifyApiKey({ realm, email: 'iago@zulip.com', apiKey }), InvalidInputError, { reason: 'api-key' });
    }
    await rejectsWith(verifyApiKey(/** @type {any} */ ({ realm, email: 1, apiKey: IAGO_KEY })), InvalidInputError, { reason: 'email-type' });
    await rejectsWith(verifyApiKey(/** @type {any} */ ({ realm, email: 'e' })), InvalidInputError, { reason: 'api-key-type' });
    assert.equal(server.requests.length, seen);
  });
});

describe('verifyApiKey: hostile servers and the key', () => {
  const unique = 'Uq7Zk2Secret';
  const apiKey = `${unique}${'x'.repeat(20)}`;

  test('a redirect is never followed: the key goes to no other origin', async () => {
    const redirect = await redirectingServer(track, 302);
    const error = await rejectsWith(verifyApiKey({ realm: redirect.url, email: 'iago@zulip.com', apiKey }), UnexpectedRedirectError,
      { code: 'UNEXPECTED_REDIRECT' });
    assert.equal(redirect.reached(), 0);
    assert.ok(!everyRendering(error).includes(unique));
  });

  test('a server that echoes the key, or its Basic header, never gets it into an error', async () => {
    const echo = track(await startHttpServer((req, res) => {
      const header = String(req.headers.authorization ?? '');
      const decoded = Buffer.from(header.slice(6), 'base64').toString();
      sendJson(res, 401, { result: 'error', msg: `Invalid API key ${decoded} ${header}`, code: 'UNAUTHORIZED', var_name: decoded });
    }));
    const error = await rejectsWith(verifyApiKey({ realm: echo.url, email: 'iago@zulip.com', apiKey }), ZulipApiError,
      { code: 'INVALID_API_KEY' });
    assert.ok(!everyRendering(error).includes(unique), everyRendering(error));
  });

  test('hostile bodies: not a user, escapes in the name, a huge id', async () => {
    const user = { result: 'success', msg: '', user_id: 1, email: 'e@x', full_name: 'n', is_bot: false };
    for (const body of [{ ...user, full_name: '\u202eevil' }, { ...user, user_id: 2 ** 53 }, { ...user, is_bot: 'no' }, [user]]) {
      const server = track(await startHttpServer((_req, res) => sendJson(res, 200, body)));
      await rejectsWith(verifyApiKey({ realm: server.url, email: 'e@x', apiKey: IAGO_KEY }), MalformedResponseError,
        { code: 'MALFORMED_RESPONSE' });
    }
  });

  test('the wasm heap holds no copy of the key (nor of its Basic header), while in flight and after', async () => {
    const core = nodeCore();
    const api = createApi(loadedLoader(core));
    const server = await serve();
    const secretKey = `${unique}${'y'.repeat(20)}`;
    const needles = (/** @type {string} */ key) => [key, Buffer.from(`iago@zulip.com:${key}`).toString('base64').slice(8, 40)];
    const heapHolds = (/** @type {string} */ needle) => Buffer.from(/** @type {any} */ (core).HEAPU8.buffer).includes(Buffer.from(needle));
    // In flight: the request has been handed to fetch, which has not answered yet.
    /** @type {(response: Response) => void} */
    let answer = () => {};
    const pending = api.verifyApiKey({
      realm: server.url, email: 'iago@zulip.com', apiKey: secretKey, fetch: () => new Promise((resolve) => { answer = resolve; }),
    });
    const inFlight = needles(secretKey).filter(heapHolds);
    answer(new Response('{"result":"error","msg":"Invalid API key","code":"UNAUTHORIZED"}', { status: 401 }));
    await pending.catch(() => {});
    assert.deepEqual(inFlight, [], 'in flight');
    await api.verifyApiKey({ realm: server.url, email: 'iago@zulip.com', apiKey: IAGO_KEY });
    for (const needle of [...needles(secretKey), ...needles(IAGO_KEY)]) assert.equal(heapHolds(needle), false, needle);
  });
});
