// devFetchApiKey through the wasm package, over real loopback HTTP, against devserver/ with
// development login on, off, and in production mode.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  devFetchApiKey, fetchApiKey, InvalidInputError, MalformedResponseError, ZulipApiError,
} from 'zulip-fetch-api-key';
import { rejectsWith } from './helpers/assertions.js';
import { closedAfterwards } from './helpers/dev_servers.js';

const { serve } = closedAfterwards();

describe('devFetchApiKey against devserver/', () => {
  test('logs in without a password: the same result as fetchApiKey', async () => {
    const server = await serve();
    const dev = await devFetchApiKey({ realm: server.url, username: 'iago@zulip.com' });
    const withPassword = await fetchApiKey({ realm: server.url, username: 'iago@zulip.com', password: 'abcd1234' });
    assert.deepEqual(dev, withPassword);
    assert.equal(dev.apiKey, 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv');
    assert.equal(dev.userId, 5);
  });

  test('sends one form POST with the username only, even when given a password', async () => {
    const server = await serve();
    const seen = server.requests.length;
    await devFetchApiKey(/** @type {any} */ ({ realm: server.url, username: ' iago@zulip.com ', password: 'secret' }));
    const sent = server.requests.slice(seen);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].method, 'POST');
    assert.equal(sent[0].path, '/api/v1/dev_fetch_api_key');
    assert.equal(sent[0].headers['content-type'], 'application/x-www-form-urlencoded');
    assert.equal(sent[0].body.toString(), 'username=iago%40zulip.com');
  });

  test('a production server (HTML 404) -> MALFORMED_RESPONSE: development login is not available', async () => {
    const server = await serve({ production: true });
    const error = await rejectsWith(devFetchApiKey({ realm: server.url, username: 'iago@zulip.com' }),
      MalformedResponseError, { code: 'MALFORMED_RESPONSE', httpStatus: 404 });
    assert.match(error.message, /Development login is not available on this server/);
  });

  test('development login off -> BAD_REQUEST with the server message', async () => {
    const server = await serve({ realms: [{ devLoginEnabled: false }] });
    await rejectsWith(devFetchApiKey({ realm: server.url, username: 'iago@zulip.com' }), ZulipApiError,
      { code: 'BAD_REQUEST', httpStatus: 400, serverMessage: 'DevAuthBackend not enabled.' });
  });

  test("the server's errors, as fetchApiKey reports them", async () => {
    const server = await serve({
      realms: [{ users: [{ email: 'iago@zulip.com' }, { email: 'gone@zulip.com', isActive: false }] }],
    });
    const realm = server.url;
    await rejectsWith(devFetchApiKey({ realm, username: 'nobody@zulip.com' }), ZulipApiError,
      { code: 'AUTHENTICATION_FAILED', httpStatus: 401 });
    await rejectsWith(devFetchApiKey({ realm, username: 'gone@zulip.com' }), ZulipApiError,
      { code: 'USER_DEACTIVATED', httpStatus: 401 });
    await rejectsWith(devFetchApiKey({ realm, username: 'iago' }), ZulipApiError,
      { code: 'BAD_REQUEST', httpStatus: 400, serverMessage: 'Enter a valid email address.' });
    server.realms[0].deactivated = true;
    await rejectsWith(devFetchApiKey({ realm, username: 'iago@zulip.com' }), ZulipApiError,
      { code: 'REALM_DEACTIVATED', httpStatus: 401 });
    const other = await serve({ realms: [{ subdomain: 'zulip' }] });
    await rejectsWith(devFetchApiKey({ realm: other.url, username: 'iago@zulip.com' }), ZulipApiError,
      { code: 'NONEXISTENT_SUBDOMAIN', httpStatus: 404 });
  });

  test('a server before feature level 171 -> userId null', async () => {
    const server = await serve({ featureLevel: 150 });
    assert.equal((await devFetchApiKey({ realm: server.url, username: 'iago@zulip.com' })).userId, null);
  });

  test('bad input sends nothing', async () => {
    const server = await serve();
    const seen = server.requests.length;
    await rejectsWith(devFetchApiKey({ realm: server.url, username: '  ' }), InvalidInputError, { code: 'INVALID_ARGUMENT' });
    await rejectsWith(devFetchApiKey(/** @type {any} */ ({ realm: server.url })), InvalidInputError, { code: 'INVALID_ARGUMENT' });
    await rejectsWith(devFetchApiKey({ realm: 'http://chat.example.com', username: 'iago@zulip.com' }), InvalidInputError,
      { code: 'INSECURE_REALM_URL' });
    assert.equal(server.requests.length, seen);
  });
});
