// jwtFetchApiKey through the wasm package, over real loopback HTTP, against devserver/'s JWT
// endpoint (zerver/views/auth.py's answers), a redirect, hostile answers, and the token's hygiene.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  InvalidInputError, MalformedResponseError, UnexpectedRedirectError, ZulipApiError, describeError,
  jwtFetchApiKey,
} from 'zulip-fetch-api-key';
import de from '../../web/words/messages/de.js';
import { signJwt } from '../../devserver/jwt.js';
import { createApi } from '../../web/core/api.js';
import { everyRendering, rejectsWith } from './helpers/assertions.js';
import { loadedLoader, nodeCore } from './helpers/core.js';
import { closedAfterwards } from './helpers/dev_servers.js';
import { redirectingServer, sendJson, startHttpServer } from './helpers/servers.js';

const { serve, track } = closedAfterwards();
const KEY = 'organization secret';
const IAGO_KEY = 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv';
const token = signJwt({ email: 'iago@zulip.com' }, KEY);
const jwtRealm = (more = {}) => ({ jwtKey: KEY, ...more });

describe('jwtFetchApiKey against devserver/', () => {
  test('trades a token for the API key: same shape as fetchApiKey, userId null without the profile', async () => {
    const server = await serve({ realms: [jwtRealm()] });
    const result = await jwtFetchApiKey({ realm: server.url, token });
    assert.deepEqual(result, {
      apiKey: IAGO_KEY, email: 'iago@zulip.com', userId: null, realm: server.url, ignoredParametersUnsupported: [],
    });
    const sent = server.requests.at(-1);
    assert.equal(sent?.method, 'POST');
    assert.equal(sent?.path, '/api/v1/jwt/fetch_api_key');
    assert.equal(sent?.url, '/api/v1/jwt/fetch_api_key', 'the token is never in the URL');
    assert.equal(sent?.headers['content-type'], 'application/x-www-form-urlencoded');
    assert.equal(sent?.headers.authorization, undefined);
    assert.equal(sent?.body.toString(), `token=${token}&include_profile=false`);
  });

  test('includeProfile: the profile, and userId from it', async () => {
    const server = await serve({ realms: [jwtRealm()] });
    const result = await jwtFetchApiKey({ realm: server.url, token, includeProfile: true });
    assert.equal(result.userId, 5);
    assert.deepEqual(result.profile, {
      userId: 5, email: 'iago@zulip.com', fullName: 'iago', isBot: false, role: 200,
      avatarUrl: 'https://secure.gravatar.com/avatar/5?d=identicon&version=1', timezone: '',
      dateJoined: '2024-01-01T00:00:00+00:00',
    });
    assert.match(server.requests.at(-1)?.body.toString() ?? '', /&include_profile=true$/);
  });

  test("the token's own refusals: BAD_REQUEST with the server's words, and words of their own", async () => {
    const server = await serve({ realms: [jwtRealm(), { subdomain: 'off' }] });
    const cases = [
      [signJwt({ email: 'iago@zulip.com' }, 'another key'), 'Bad JSON web token'],
      ['garbage', 'Bad JSON web token'],
      [signJwt({ sub: 'iago' }, KEY), 'No email specified in JSON web token claims'],
    ];
    for (const [bad, msg] of cases) {
      const error = await rejectsWith(jwtFetchApiKey({ realm: server.url, token: bad }), ZulipApiError,
        { code: 'BAD_REQUEST', httpStatus: 400, serverMessage: msg, reason: 'jwt' });
      assert.match(error.message, /refused the token/);
      assert.match(error.message, new RegExp(msg));
      assert.match(describeError(error, de), /Token abgelehnt/);
    }
    server.realms[0].jwtKey = null;
    await rejectsWith(jwtFetchApiKey({ realm: server.url, token }), ZulipApiError,
      { code: 'BAD_REQUEST', serverMessage: 'JWT authentication is not enabled for this organization' });
  });

  test('an empty token is refused before anything is sent (the server would say "No JSON web token")', async () => {
    const server = await serve({ realms: [jwtRealm()] });
    const seen = server.requests.length;
    await rejectsWith(jwtFetchApiKey({ realm: server.url, token: '' }), InvalidInputError, { code: 'INVALID_ARGUMENT', reason: 'token' });
    await rejectsWith(jwtFetchApiKey(/** @type {any} */ ({ realm: server.url, token: 5 })), InvalidInputError, { reason: 'token-type' });
    await rejectsWith(jwtFetchApiKey(/** @type {any} */ ({ realm: server.url, token, includeProfile: 'yes' })), InvalidInputError,
      { reason: 'includeProfile' });
    await rejectsWith(jwtFetchApiKey(/** @type {any} */ (null)), InvalidInputError, { reason: 'options' });
    assert.equal(server.requests.length, seen);
  });

  test('the account errors and a nonexistent subdomain', async () => {
    const server = await serve({
      realms: [jwtRealm({ users: [{ email: 'iago@zulip.com' }, { email: 'gone@zulip.com', isActive: false }] }),
        { subdomain: 'other', jwtKey: 'k', users: [{ email: 'elsewhere@zulip.com' }] }],
    });
    const realm = server.url;
    const as = (/** @type {string} */ email) => signJwt({ email }, KEY);
    const unknown = await rejectsWith(jwtFetchApiKey({ realm, token: as('nobody@zulip.com') }), ZulipApiError,
      { code: 'AUTHENTICATION_FAILED', httpStatus: 401, reason: 'jwt' });
    assert.match(unknown.message, /no account for the email address this token names/);
    await rejectsWith(jwtFetchApiKey({ realm, token: as('gone@zulip.com') }), ZulipApiError, { code: 'USER_DEACTIVATED', httpStatus: 401 });
    await rejectsWith(jwtFetchApiKey({ realm, token: as('elsewhere@zulip.com') }), ZulipApiError,
      { code: 'NONEXISTENT_SUBDOMAIN', httpStatus: 404 });
    server.realms[0].deactivated = true;
    await rejectsWith(jwtFetchApiKey({ realm, token: as('iago@zulip.com') }), ZulipApiError, { code: 'REALM_DEACTIVATED', httpStatus: 401 });
  });
});

describe('jwtFetchApiKey: hostile servers and the token', () => {
  const unique = 'UniqueTokenPiece7Qz';
  const secret = `${signJwt({ email: 'iago@zulip.com' }, KEY)}${unique}`;

  test('a redirect is never followed: the token goes nowhere else', async () => {
    const redirect = await redirectingServer(track, 307);
    const error = await rejectsWith(jwtFetchApiKey({ realm: redirect.url, token: secret }), UnexpectedRedirectError,
      { code: 'UNEXPECTED_REDIRECT' });
    assert.equal(redirect.reached(), 0);
    assert.ok(!everyRendering(error).includes(unique));
  });

  test('a server that echoes the token (code, message, var_name) never gets it into an error', async () => {
    const echo = track(await startHttpServer((req, res) => {
      const sent = new URLSearchParams(req.body.toString()).get('token') ?? '';
      sendJson(res, 400, { result: 'error', msg: `Bad token ${sent}`, code: 'BAD_REQUEST', var_name: sent });
    }));
    const error = await rejectsWith(jwtFetchApiKey({ realm: echo.url, token: secret }), ZulipApiError, { code: 'BAD_REQUEST' });
    assert.ok(!everyRendering(error).includes(unique), everyRendering(error));
  });

  test('hostile bodies: a key that could inject a header, a profile with escapes', async () => {
    const answers = [
      { result: 'success', msg: '', api_key: 'a\r\nX: y', email: 'iago@zulip.com' },
      { result: 'success', msg: '', api_key: IAGO_KEY, email: 'iago@zulip.com',
        user: { user_id: 5, email: 'iago@zulip.com', full_name: '\u001b]0;owned\u0007', is_bot: false } },
    ];
    for (const body of answers) {
      const server = track(await startHttpServer((_req, res) => sendJson(res, 200, body)));
      await rejectsWith(jwtFetchApiKey({ realm: server.url, token, includeProfile: true }), MalformedResponseError,
        { code: 'MALFORMED_RESPONSE' });
    }
  });

  test('the wasm heap holds no copy of the token after the call', async () => {
    const core = nodeCore();
    const api = createApi(loadedLoader(core));
    const server = await serve({ realms: [jwtRealm()] });
    await api.jwtFetchApiKey({ realm: server.url, token: secret }).catch(() => {});
    await api.jwtFetchApiKey({ realm: `${server.url}/nowhere`, token: secret }).catch(() => {});
    const heap = Buffer.from(/** @type {any} */ (core).HEAPU8.buffer);
    assert.equal(heap.indexOf(Buffer.from(unique)), -1);
  });
});
