// The dev server against zulip-server-behavior.md, over real loopback HTTP.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer, CORS_HEADERS } from '../../devserver/server.js';
import { versionForFeatureLevel } from '../../devserver/version.js';
import { subdomainFromHost } from '../../devserver/host.js';
import { isValidEmail } from '../../devserver/email.js';
import { signJwt, verifyJwt } from '../../devserver/jwt.js';

const CLI = fileURLToPath(new URL('../../devserver/cli.js', import.meta.url));
const IAGO_KEY = 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv';
const FETCH = '/api/v1/fetch_api_key';
const DEV = '/api/v1/dev_fetch_api_key';
const SETTINGS = '/api/v1/server_settings';

/** Starts a server that is closed when the test (or suite) ends. */
async function start(t, options) {
  const server = await startDevServer(options);
  (t ? t.after.bind(t) : after)(() => server.close());
  return server;
}

/** POSTs urlencoded form fields; answers { status, headers, json, text }. */
async function post(server, path, fields, init = {}) {
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...init.headers },
    body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
  });
  return read(response);
}

async function read(response) {
  const text = await response.text();
  let json;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: response.status, headers: response.headers, json, text };
}

const login = (server, username, password, init) => post(server, FETCH, { username, password }, init);

/** A request with a chosen Host header (fetch does not let callers set Host). */
function hostRequest(server, path, host, { method = 'GET', body = '', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(server.url + path, { method, headers: { ...headers, Host: host } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode, headers: res.headers, text, json: text ? JSON.parse(text) : undefined });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

function assertError(res, status, code, msg) {
  assert.equal(res.status, status, res.text);
  assert.equal(res.headers.get('content-type'), 'application/json');
  assert.equal(res.json.result, 'error');
  assert.equal(res.json.code, code);
  if (msg !== undefined) assert.equal(res.json.msg, msg);
}

describe('fetch_api_key: the reference table', () => {
  test('success: stored key, email and user id; X-RateLimit headers; no cookie', async (t) => {
    const server = await start(t);
    const res = await login(server, 'iago@zulip.com', 'abcd1234');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json');
    assert.deepEqual(res.json, { result: 'success', msg: '', api_key: IAGO_KEY, email: 'iago@zulip.com', user_id: 5 });
    assert.equal(res.headers.get('x-ratelimit-limit'), '5');
    assert.equal(res.headers.get('x-ratelimit-remaining'), '4');
    assert.match(res.headers.get('x-ratelimit-reset'), /^\d+$/);
    assert.equal(res.headers.get('set-cookie'), null);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  test('default users: distinct ids and 32-char alphanumeric keys, all with abcd1234', async (t) => {
    const server = await start(t);
    const emails = ['iago@zulip.com', 'desdemona@zulip.com', 'hamlet@zulip.com'];
    const results = [];
    for (const email of emails) results.push((await login(server, email, 'abcd1234')).json);
    assert.equal(new Set(results.map((r) => r.user_id)).size, 3);
    assert.equal(new Set(results.map((r) => r.api_key)).size, 3);
    for (const r of results) assert.match(r.api_key, /^[A-Za-z0-9]{32}$/);
  });

  test('lookup is case-insensitive and returns the stored address, its stored case', async (t) => {
    const server = await start(t);
    assert.equal((await login(server, 'IAGO@Zulip.COM', 'abcd1234')).json.email, 'iago@zulip.com');
    assert.equal((await login(server, 'zoe@zulip.com', 'abcd1234')).json.email, 'ZOE@zulip.com');
  });

  test('not POST: 405 JSON body without code, Allow: POST, text/html content type', async (t) => {
    const server = await start(t);
    for (const method of ['GET', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']) {
      const res = await read(await fetch(server.url + FETCH, { method }));
      assert.equal(res.status, 405, method);
      assert.equal(res.headers.get('allow'), 'POST');
      assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(res.text, '{"result":"error","msg":"Method Not Allowed","allowed_methods":["POST"]}');
    }
    const head = await fetch(server.url + FETCH, { method: 'HEAD' });
    assert.equal(head.status, 405);
  });

  test('username missing, then password missing: REQUEST_VARIABLE_MISSING with var_name', async (t) => {
    const server = await start(t);
    let res = await post(server, FETCH, { password: 'abcd1234' });
    assertError(res, 400, 'REQUEST_VARIABLE_MISSING', "Missing 'username' argument");
    assert.equal(res.json.var_name, 'username');
    res = await post(server, FETCH, {});
    assert.equal(res.json.var_name, 'username');
    res = await post(server, FETCH, { username: 'iago@zulip.com' });
    assertError(res, 400, 'REQUEST_VARIABLE_MISSING', "Missing 'password' argument");
    assert.deepEqual(res.json, { result: 'error', msg: "Missing 'password' argument", var_name: 'password', code: 'REQUEST_VARIABLE_MISSING' });
  });

  test('a JSON body counts as no parameters', async (t) => {
    const server = await start(t);
    const res = await read(await fetch(server.url + FETCH, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'iago@zulip.com', password: 'abcd1234' }),
    }));
    assertError(res, 400, 'REQUEST_VARIABLE_MISSING');
    assert.equal(res.json.var_name, 'username');
  });

  test('username not an email: 400 BAD_REQUEST; empty and untrimmed values are present, not fixed', async (t) => {
    const server = await start(t);
    for (const username of ['iago', '', ' iago@zulip.com', 'iago@zulip.com ', 'iago@@zulip.com']) {
      assertError(await login(server, username, 'abcd1234'), 400, 'BAD_REQUEST', 'Enter a valid email address.');
    }
    assertError(await login(server, 'iago@zulip.com', ''), 401, 'AUTHENTICATION_FAILED');
    assertError(await login(server, 'hamlet@zulip.com', 'abcd1234 '), 401, 'AUTHENTICATION_FAILED');
  });

  test('wrong password and unknown user: 401 AUTHENTICATION_FAILED', async (t) => {
    const server = await start(t);
    const res = await login(server, 'iago@zulip.com', 'wrong');
    assertError(res, 401, 'AUTHENTICATION_FAILED', 'Your username or password is incorrect');
    assert.equal(res.headers.get('x-ratelimit-remaining'), '4');
    assertError(await login(server, 'nobody@zulip.com', 'abcd1234'), 401, 'AUTHENTICATION_FAILED');
  });

  test('deactivation: realm before user, both before the password', async (t) => {
    const server = await start(t, {
      realms: [{ users: [
        { email: 'iago@zulip.com', userId: 5 },
        { email: 'gone@zulip.com', userId: 9, isActive: false },
      ] }],
    });
    assertError(await login(server, 'gone@zulip.com', 'wrong'), 401, 'USER_DEACTIVATED', 'Account is deactivated');
    assertError(await login(server, 'gone@zulip.com', 'abcd1234'), 401, 'USER_DEACTIVATED');
    server.realms[0].deactivated = true; // the realms array is live
    assertError(await login(server, 'gone@zulip.com', 'wrong'), 401, 'REALM_DEACTIVATED', 'This organization has been deactivated');
    assertError(await login(server, 'iago@zulip.com', 'abcd1234'), 401, 'REALM_DEACTIVATED');
    assertError(await login(server, 'nobody@zulip.com', 'abcd1234'), 401, 'AUTHENTICATION_FAILED');
  });

  test('password auth off: PASSWORD_AUTH_DISABLED, whoever asks', async (t) => {
    const server = await start(t, { realms: [{ passwordAuthEnabled: false }] });
    const res = await login(server, 'iago@zulip.com', 'abcd1234');
    assertError(res, 401, 'PASSWORD_AUTH_DISABLED', 'Password authentication is disabled in this organization');
    assert.ok(res.headers.get('x-ratelimit-limit'), 'the auth backend ran');
    assertError(await login(server, 'nobody@zulip.com', 'x'), 401, 'PASSWORD_AUTH_DISABLED');
  });

  test('password reset required: only after the right password', async (t) => {
    const server = await start(t, { realms: [{ users: [{ email: 'iago@zulip.com', passwordResetRequired: true }] }] });
    assertError(await login(server, 'iago@zulip.com', 'abcd1234'), 401, 'PASSWORD_RESET_REQUIRED',
      'Your password has been disabled and needs to be reset');
    assertError(await login(server, 'iago@zulip.com', 'wrong'), 401, 'AUTHENTICATION_FAILED');
  });

  test('LDAP: usernames need not be emails; lookup by LDAP username answers the stored email', async (t) => {
    const server = await start(t, {
      realms: [{ ldap: true, users: [{ email: 'Iago@zulip.com', userId: 5, ldapUsername: 'iago' }, { email: 'hamlet@zulip.com' }] }],
    });
    const res = await login(server, 'iago', 'abcd1234');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.email, 'Iago@zulip.com');
    assert.equal((await login(server, 'hamlet@zulip.com', 'abcd1234')).status, 200);
    assertError(await login(server, 'iago', 'wrong'), 401, 'AUTHENTICATION_FAILED');
    assertError(await login(server, 'not an email', 'abcd1234'), 401, 'AUTHENTICATION_FAILED');
    const settings = (await read(await fetch(server.url + SETTINGS))).json;
    assert.equal(settings.require_email_format_usernames, false);
    assert.equal(settings.authentication_methods.ldap, true);
  });

  test('an Authorization header is ignored', async (t) => {
    const server = await start(t);
    const res = await login(server, 'iago@zulip.com', 'abcd1234', { headers: { Authorization: 'Basic Zm9vOmJhcg==' } });
    assert.equal(res.status, 200);
  });
});

describe('fetch_api_key: organizations by Host', () => {
  test('no organization at this host: 404 NONEXISTENT_SUBDOMAIN (server_settings: 400)', async (t) => {
    const server = await start(t, { realms: [{ subdomain: 'zulip' }] });
    assertError(await login(server, 'iago@zulip.com', 'abcd1234'), 404, 'NONEXISTENT_SUBDOMAIN', 'Invalid subdomain');
    // Checked before the email format.
    assertError(await login(server, 'iago', 'abcd1234'), 404, 'NONEXISTENT_SUBDOMAIN');
    const settings = await read(await fetch(server.url + SETTINGS));
    assertError(settings, 400, 'BAD_REQUEST', 'Subdomain required');
    const other = await hostRequest(server, SETTINGS, `other.localhost:${server.port}`);
    assert.equal(other.status, 400);
    assert.deepEqual(other.json, { result: 'error', msg: 'Invalid subdomain', code: 'BAD_REQUEST' });
  });

  test('the subdomain of the Host header picks the organization', async (t) => {
    const server = await start(t, {
      realms: [{ subdomain: 'zulip', name: 'Zulip', users: [{ email: 'iago@zulip.com', userId: 5 }] },
        { subdomain: '', name: 'Root', users: [{ email: 'root@example.com', userId: 1 }] }],
    });
    const body = 'username=iago%40zulip.com&password=abcd1234';
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const ok = await hostRequest(server, FETCH, `zulip.localhost:${server.port}`, { method: 'POST', body, headers });
    assert.equal(ok.status, 200);
    assert.equal(ok.json.user_id, 5);
    const ok2 = await hostRequest(server, FETCH, 'ZULIP.example.com', { method: 'POST', body, headers });
    assert.equal(ok2.status, 200);
    const root = await hostRequest(server, FETCH, 'localhost', { method: 'POST', body, headers });
    assert.equal(root.status, 401);
    const missing = await hostRequest(server, FETCH, 'chat.localhost', { method: 'POST', body, headers });
    assert.equal(missing.status, 404);
    assert.equal(missing.json.code, 'NONEXISTENT_SUBDOMAIN');
    const settings = await hostRequest(server, SETTINGS, `zulip.localhost:${server.port}`);
    assert.equal(settings.json.realm_name, 'Zulip');
    assert.equal(settings.json.realm_url, `http://zulip.localhost:${server.port}`);
  });

  test('subdomainFromHost', () => {
    assert.equal(subdomainFromHost('127.0.0.1:9991'), '');
    assert.equal(subdomainFromHost('[::1]:9991'), '');
    assert.equal(subdomainFromHost('localhost:9991'), '');
    assert.equal(subdomainFromHost('zulip.localhost:9991'), 'zulip');
    assert.equal(subdomainFromHost('chat.example.com'), 'chat');
    assert.equal(subdomainFromHost(undefined), '');
  });
});

describe('fetch_api_key: rate limiting', () => {
  test('the sixth attempt is refused, even with the right password; retry-after is a float', async (t) => {
    const server = await start(t);
    for (let i = 0; i < 5; i++) {
      const res = await login(server, 'iago@zulip.com', 'wrong');
      assert.equal(res.status, 401);
      assert.equal(res.headers.get('x-ratelimit-remaining'), String(4 - i));
    }
    const res = await login(server, 'iago@zulip.com', 'abcd1234');
    assertError(res, 429, 'RATE_LIMIT_HIT', 'API usage exceeded rate limit');
    const retryAfter = res.json['retry-after'];
    assert.equal(typeof retryAfter, 'number');
    assert.ok(retryAfter > 1790 && retryAfter <= 1800, String(retryAfter));
    assert.match(res.text, /"retry-after":\d+\.\d+/, 'a float, as Python sends it');
    assert.ok(Math.abs(Number(res.headers.get('retry-after')) - retryAfter) < 1);
    assert.match(res.headers.get('retry-after'), /^\d+\.\d+$/);
    assert.equal(res.headers.get('x-ratelimit-remaining'), '0');
    assert.deepEqual(Object.keys(res.json), ['result', 'msg', 'retry-after', 'code']);
  });

  test('keyed on the raw username string; invalid emails never reach it', async (t) => {
    const server = await start(t, { rateLimit: { max: 2, windowSeconds: 60 } });
    for (let i = 0; i < 5; i++) await login(server, 'not-an-email', 'x');
    await login(server, 'iago@zulip.com', 'wrong');
    await login(server, 'iago@zulip.com', 'wrong');
    assert.equal((await login(server, 'iago@zulip.com', 'abcd1234')).status, 429);
    assert.equal((await login(server, 'IAGO@zulip.com', 'abcd1234')).status, 200);
    assert.equal((await login(server, 'nobody@zulip.com', 'x')).status, 401, 'unknown users are limited separately');
  });

  test('a success clears the history', async (t) => {
    const server = await start(t, { rateLimit: { max: 3, windowSeconds: 60 } });
    await login(server, 'iago@zulip.com', 'wrong');
    await login(server, 'iago@zulip.com', 'wrong');
    assert.equal((await login(server, 'iago@zulip.com', 'abcd1234')).status, 200);
    for (let i = 0; i < 3; i++) assert.equal((await login(server, 'iago@zulip.com', 'wrong')).status, 401);
    assert.equal((await login(server, 'iago@zulip.com', 'wrong')).status, 429);
    server.resetRateLimits();
    assert.equal((await login(server, 'iago@zulip.com', 'abcd1234')).status, 200);
  });

  test('refused (429) attempts do not count: the window still frees up on time', async (t) => {
    const server = await start(t, { rateLimit: { max: 2, windowSeconds: 1 } });
    await login(server, 'iago@zulip.com', 'wrong');
    await login(server, 'iago@zulip.com', 'wrong');
    const started = Date.now();
    for (let i = 0; i < 4; i++) {
      const res = await login(server, 'iago@zulip.com', 'abcd1234');
      assert.equal(res.status, 429);
      assert.ok(res.json['retry-after'] <= 1);
      await new Promise((r) => setTimeout(r, 150));
    }
    await new Promise((r) => setTimeout(r, Math.max(0, 1050 - (Date.now() - started))));
    assert.equal((await login(server, 'iago@zulip.com', 'abcd1234')).status, 200);
  });

  test('dev_fetch_api_key is not rate limited', async (t) => {
    const server = await start(t, { rateLimit: { max: 1, windowSeconds: 60 } });
    for (let i = 0; i < 4; i++) assert.equal((await post(server, DEV, { username: 'iago@zulip.com' })).status, 200);
  });
});

describe('feature levels', () => {
  test('314: user_id and ignored_parameters_unsupported (sorted, client never reported)', async (t) => {
    const server = await start(t);
    const res = await post(server, `${FETCH}?zeta=1&client=Foo`, 'username=iago%40zulip.com&password=abcd1234&b=1&a=2&client=x&%C3%A9=3');
    assert.equal(res.status, 200);
    assert.deepEqual(res.json.ignored_parameters_unsupported, ['a', 'b', 'zeta', 'é']);
    assert.equal(res.json.user_id, 5);
    const error = await post(server, FETCH, 'username=iago%40zulip.com&password=wrong&extra=1');
    assert.equal(error.json.ignored_parameters_unsupported, undefined, 'never on errors');
    const plain = await login(server, 'iago@zulip.com', 'abcd1234');
    assert.equal('ignored_parameters_unsupported' in plain.json, false);
  });

  test('171 has user_id; 167 has ignored_parameters_unsupported but no user_id', async (t) => {
    const s171 = await start(t, { featureLevel: 171 });
    assert.equal((await post(s171, FETCH, 'username=iago%40zulip.com&password=abcd1234')).json.user_id, 5);
    const s167 = await start(t, { featureLevel: 167 });
    const res = await post(s167, FETCH, 'username=iago%40zulip.com&password=abcd1234&x=1');
    assert.deepEqual(res.json, { result: 'success', msg: '', api_key: IAGO_KEY, email: 'iago@zulip.com', ignored_parameters_unsupported: ['x'] });
  });

  test('150: 401 errors with codes, no user_id, no ignored_parameters_unsupported', async (t) => {
    const server = await start(t, { featureLevel: 150 });
    const res = await post(server, FETCH, 'username=iago%40zulip.com&password=abcd1234&x=1');
    assert.deepEqual(res.json, { result: 'success', msg: '', api_key: IAGO_KEY, email: 'iago@zulip.com' });
    assertError(await login(server, 'iago@zulip.com', 'wrong'), 401, 'AUTHENTICATION_FAILED');
  });

  test('60: login failures are 403 without a code; other errors keep theirs', async (t) => {
    const server = await start(t, { featureLevel: 60, realms: [{ users: [{ email: 'iago@zulip.com', userId: 5 }, { email: 'gone@zulip.com', isActive: false }] }] });
    const wrong = await login(server, 'iago@zulip.com', 'wrong');
    assert.equal(wrong.status, 403);
    assert.deepEqual(wrong.json, { result: 'error', msg: 'Your username or password is incorrect' });
    const gone = await login(server, 'gone@zulip.com', 'abcd1234');
    assert.equal(gone.status, 403);
    assert.equal(gone.json.code, undefined);
    assertError(await post(server, FETCH, { password: 'x' }), 400, 'REQUEST_VARIABLE_MISSING');
    const ok = await login(server, 'iago@zulip.com', 'abcd1234');
    assert.deepEqual(Object.keys(ok.json), ['result', 'msg', 'api_key', 'email']);
    for (let i = 0; i < 4; i++) await login(server, 'iago@zulip.com', 'wrong');
    await login(server, 'iago@zulip.com', 'wrong');
    assertError(await login(server, 'iago@zulip.com', 'wrong'), 429, 'RATE_LIMIT_HIT');
  });

  test('before 36 the rate-limit error has no code', async (t) => {
    const server = await start(t, { featureLevel: 30, rateLimit: { max: 1, windowSeconds: 60 } });
    await login(server, 'iago@zulip.com', 'wrong');
    const res = await login(server, 'iago@zulip.com', 'wrong');
    assert.equal(res.status, 429);
    assert.equal(res.json.code, undefined);
    assert.equal(typeof res.json['retry-after'], 'number');
  });

  test('versions derived from the level', () => {
    assert.equal(versionForFeatureLevel(185), '7.0');
    assert.equal(versionForFeatureLevel(371), '10.0');
    assert.equal(versionForFeatureLevel(0), '2.1.8');
    assert.match(versionForFeatureLevel(314), /^10\.0-dev-\d+-g[0-9a-f]+$/);
    assert.match(versionForFeatureLevel(60), /^4\.0-dev-/);
    assert.match(versionForFeatureLevel(500), /^12\.0-dev-/);
  });
});

describe('parameters', () => {
  test('multipart/form-data bodies; file parts are not parameters', async (t) => {
    const server = await start(t);
    const form = new FormData();
    form.append('username', 'iago@zulip.com');
    form.append('password', 'abcd1234');
    form.append('extra', 'x');
    form.append('upload', new Blob(['data']), 'file.txt');
    const res = await read(await fetch(server.url + FETCH, { method: 'POST', body: form }));
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json.ignored_parameters_unsupported, ['extra']);
    assert.match(server.requests.at(-1).headers['content-type'], /^multipart\/form-data; boundary=/);
  });

  test('multipart with a quoted boundary and a non-ASCII password', async (t) => {
    const server = await start(t, { realms: [{ users: [{ email: 'iago@zulip.com', password: 'pässwörd ' }] }] });
    const body = '--XyZ\r\nContent-Disposition: form-data; name="username"\r\n\r\niago@zulip.com\r\n' +
      '--XyZ\r\nContent-Disposition: form-data; name="password"\r\n\r\npässwörd \r\n--XyZ--\r\n';
    const res = await read(await fetch(server.url + FETCH, {
      method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary="XyZ"' }, body,
    }));
    assert.equal(res.status, 200, res.text);
  });

  test('query-string parameters count; the body wins over the query string; the last repeat wins', async (t) => {
    const server = await start(t);
    let res = await read(await fetch(`${server.url}${FETCH}?username=iago%40zulip.com&password=abcd1234`, { method: 'POST' }));
    assert.equal(res.status, 200);
    res = await post(server, `${FETCH}?password=wrong`, 'username=iago%40zulip.com&password=abcd1234');
    assert.equal(res.status, 200);
    res = await post(server, FETCH, 'username=iago%40zulip.com&password=wrong&password=abcd1234');
    assert.equal(res.status, 200);
    res = await post(server, FETCH, 'username=iago%40zulip.com&password=abcd+1234');
    assert.equal(res.status, 401, '+ decodes to a space');
  });

  test('Django email validation', () => {
    for (const ok of ['iago@zulip.com', 'a.b+c@sub.example.org', 'x@localhost', 'user@münchen.de', 'u@[127.0.0.1]', '"a@b"@example.com']) {
      assert.ok(isValidEmail(ok), ok);
    }
    for (const bad of ['', 'iago', 'iago@', '@zulip.com', 'a..b@zulip.com', 'a@zulip', 'a@zulip.c', 'a@-zulip.com', 'a b@zulip.com', '"a b"@example.com', `${'a'.repeat(320)}@x.com`]) {
      assert.ok(!isValidEmail(bad), bad);
    }
  });
});

describe('server_settings', () => {
  const realms = [{
    name: 'Test Org', description: '<p>hi</p>', icon: '/static/icon.png', realmUrl: 'https://chat.example.com',
    externalAuthenticationMethods: [{ name: 'github', display_name: 'GitHub', display_icon: null, login_url: '/accounts/login/social/github', signup_url: '/accounts/register/social/github' }],
  }];

  test('314: every field', async (t) => {
    const server = await start(t, { realms });
    const res = await read(await fetch(`${server.url}${SETTINGS}?ignored=1`));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json');
    const s = res.json;
    assert.deepEqual(Object.keys(s), ['result', 'msg', 'authentication_methods', 'zulip_version', 'zulip_merge_base',
      'zulip_feature_level', 'push_notifications_enabled', 'is_incompatible', 'email_auth_enabled',
      'require_email_format_usernames', 'realm_url', 'realm_name', 'realm_icon', 'realm_description',
      'realm_web_public_access_enabled', 'external_authentication_methods', 'realm_uri']);
    assert.equal(s.zulip_feature_level, 314);
    assert.equal(s.realm_url, 'https://chat.example.com');
    assert.equal(s.realm_uri, 'https://chat.example.com');
    assert.equal(s.realm_name, 'Test Org');
    assert.equal(s.realm_icon, '/static/icon.png');
    assert.equal(s.realm_description, '<p>hi</p>');
    assert.equal(s.email_auth_enabled, true);
    assert.equal(s.require_email_format_usernames, true);
    assert.deepEqual(s.external_authentication_methods, realms[0].externalAuthenticationMethods);
    assert.deepEqual(Object.keys(s.authentication_methods), ['password', 'dev', 'email', 'ldap', 'remoteuser', 'github',
      'azuread', 'gitlab', 'google', 'apple', 'saml', 'openid connect']);
    assert.equal(s.authentication_methods.github, true);
    assert.equal(s.authentication_methods.password, true);
    assert.equal(s.authentication_methods.google, false);
  });

  test('defaults: realm_url is the server URL; realm_uri always', async (t) => {
    const server = await start(t);
    const s = (await read(await fetch(server.url + SETTINGS))).json;
    assert.equal(s.realm_url, server.url);
    assert.equal(s.realm_uri, server.url);
    assert.equal(s.realm_name, 'Zulip Dev');
    assert.equal(server.realms[0].realmUrl, server.url);
    assert.equal(s.zulip_version, server.zulipVersion);
  });

  test('150 and 60: fields by feature level', async (t) => {
    const s150 = (await read(await fetch((await start(t, { featureLevel: 150 })).url + SETTINGS))).json;
    assert.equal('realm_url' in s150, false);
    assert.equal(typeof s150.realm_uri, 'string');
    assert.equal(s150.zulip_feature_level, 150);
    assert.equal(typeof s150.zulip_merge_base, 'string');
    assert.equal(s150.realm_web_public_access_enabled, false);
    const s60 = (await read(await fetch((await start(t, { featureLevel: 60 })).url + SETTINGS))).json;
    assert.equal('zulip_merge_base' in s60, false);
    assert.equal('realm_web_public_access_enabled' in s60, false);
    assert.equal('realm_url' in s60, false);
    assert.match(s60.zulip_version, /^4\.0-dev/);
    const s0 = (await read(await fetch((await start(t, { featureLevel: 0 })).url + SETTINGS))).json;
    assert.equal('zulip_feature_level' in s0, false, 'absent means 0');
  });

  test('HEAD answers without a body; other methods get 405 with an empty body', async (t) => {
    const server = await start(t);
    const head = await fetch(server.url + SETTINGS, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    for (const method of ['POST', 'PUT', 'OPTIONS', 'DELETE']) {
      const res = await fetch(server.url + SETTINGS, { method });
      assert.equal(res.status, 405, method);
      assert.equal(res.headers.get('allow'), 'GET, HEAD');
      assert.equal(await res.text(), '');
    }
  });

  test('a deactivated organization still answers 200', async (t) => {
    const server = await start(t, { realms: [{ deactivated: true, passwordAuthEnabled: false, emailAuthEnabled: false }] });
    const res = await read(await fetch(server.url + SETTINGS));
    assert.equal(res.status, 200);
    assert.equal(res.json.authentication_methods.password, false);
    assert.equal(res.json.email_auth_enabled, false);
  });
});

describe('dev_fetch_api_key', () => {
  test('success: same shape; a password is an ignored parameter', async (t) => {
    const server = await start(t);
    const res = await post(server, DEV, { username: 'iago@zulip.com', password: 'whatever' });
    assert.deepEqual(res.json, { result: 'success', msg: '', api_key: IAGO_KEY, email: 'iago@zulip.com', user_id: 5, ignored_parameters_unsupported: ['password'] });
    assert.equal((await post(server, DEV, { username: 'Zoe@zulip.com' })).json.email, 'ZOE@zulip.com');
  });

  test('errors', async (t) => {
    const server = await start(t, {
      realms: [{ users: [{ email: 'iago@zulip.com' }, { email: 'gone@zulip.com', isActive: false }] },
        { subdomain: 'other', users: [{ email: 'elsewhere@zulip.com' }] }],
    });
    const res405 = await read(await fetch(server.url + DEV));
    assert.equal(res405.status, 405);
    assert.deepEqual(res405.json.allowed_methods, ['POST']);
    assertError(await post(server, DEV, {}), 400, 'REQUEST_VARIABLE_MISSING', "Missing 'username' argument");
    assertError(await post(server, DEV, { username: 'iago' }), 400, 'BAD_REQUEST', 'Enter a valid email address.');
    assertError(await post(server, DEV, { username: 'nobody@zulip.com' }), 401, 'AUTHENTICATION_FAILED');
    assertError(await post(server, DEV, { username: 'elsewhere@zulip.com' }), 404, 'NONEXISTENT_SUBDOMAIN');
    assertError(await post(server, DEV, { username: 'gone@zulip.com' }), 401, 'USER_DEACTIVATED');
    server.realms[0].deactivated = true;
    assertError(await post(server, DEV, { username: 'gone@zulip.com' }), 401, 'REALM_DEACTIVATED');
    const wrongHost = await hostRequest(server, DEV, 'nope.localhost', {
      method: 'POST', body: 'username=iago%40zulip.com', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(wrongHost.status, 404);
    assert.equal(wrongHost.json.code, 'NONEXISTENT_SUBDOMAIN');
  });

  test('dev login disabled: everywhere -> 400; in this organization -> 401', async (t) => {
    const none = await start(t, { realms: [{ devLoginEnabled: false }] });
    assertError(await post(none, DEV, { username: 'iago@zulip.com' }), 400, 'BAD_REQUEST', 'DevAuthBackend not enabled.');
    const some = await start(t, { realms: [{ devLoginEnabled: false }, { subdomain: 'dev' }] });
    assertError(await post(some, DEV, { username: 'iago@zulip.com' }), 401, 'AUTHENTICATION_FAILED');
  });

  test('production: not routed, Django HTML 404', async (t) => {
    const server = await start(t, { production: true });
    const res = await read(await fetch(server.url + DEV, { method: 'POST', body: new URLSearchParams({ username: 'iago@zulip.com' }) }));
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(res.text, /<h1>Not Found<\/h1>/);
    assert.equal((await login(server, 'iago@zulip.com', 'abcd1234')).status, 200);
  });

  test('before 171 no user_id; before 76 failures are 403', async (t) => {
    const server = await start(t, { featureLevel: 60 });
    assert.deepEqual(Object.keys((await post(server, DEV, { username: 'iago@zulip.com' })).json), ['result', 'msg', 'api_key', 'email']);
    const res = await post(server, DEV, { username: 'nobody@zulip.com' });
    assert.equal(res.status, 403);
    assert.equal(res.json.code, undefined);
  });
});

describe('CORS', () => {
  test('on: nginx headers on every /api/ response, including errors and 405', async (t) => {
    const server = await start(t, { cors: true });
    const responses = [
      await fetch(server.url + SETTINGS),
      await fetch(server.url + FETCH, { method: 'OPTIONS', headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'POST' } }),
      await fetch(server.url + FETCH, { method: 'POST', body: new URLSearchParams({ username: 'iago@zulip.com', password: 'abcd1234' }) }),
      await fetch(server.url + FETCH, { method: 'POST', body: new URLSearchParams({ username: 'iago@zulip.com', password: 'x' }) }),
      await fetch(`${server.url}/api/v1/nope`),
    ];
    for (const res of responses) {
      for (const [name, value] of Object.entries(CORS_HEADERS)) assert.equal(res.headers.get(name), value, `${res.url} ${name}`);
      assert.equal(res.headers.get('access-control-expose-headers'), null);
      await res.arrayBuffer();
    }
    assert.equal(responses[1].status, 405, 'a preflight fails');
    assert.equal(CORS_HEADERS['Access-Control-Allow-Methods'], 'GET, POST, DELETE, PUT, PATCH, HEAD');
    const outside = await fetch(`${server.url}/login/`);
    assert.equal(outside.headers.get('access-control-allow-origin'), null);
    await outside.arrayBuffer();
  });

  test('off (the default): none', async (t) => {
    const server = await start(t);
    for (const res of [await fetch(server.url + SETTINGS), await fetch(server.url + FETCH, { method: 'OPTIONS' })]) {
      for (const name of Object.keys(CORS_HEADERS)) assert.equal(res.headers.get(name), null);
      await res.arrayBuffer();
    }
  });
});

describe('the server itself', () => {
  test('unknown paths: Django HTML 404', async (t) => {
    const server = await start(t);
    for (const path of ['/', '/api/v1/nope', '/api/v1/fetch_api_key/']) {
      const res = await read(await fetch(server.url + path));
      assert.equal(res.status, 404, path);
      assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.match(res.text, /The requested resource was not found on this server\./);
    }
  });

  test('intercept hook: a fault is a 500; a reply replaces the answer', async (t) => {
    const server = await start(t, {
      intercept(request) {
        if (request.path === '/boom') throw new Error('boom');
        if (request.path === '/teapot') return { status: 418, headers: { 'Content-Type': 'text/plain' }, body: 'tea' };
        return undefined;
      },
    });
    const boom = await read(await fetch(`${server.url}/boom`));
    assert.equal(boom.status, 500);
    assert.equal(boom.text, '{"result":"error","msg":"Internal server error"}');
    assert.equal(boom.headers.get('content-type'), 'application/json');
    const tea = await read(await fetch(`${server.url}/teapot`));
    assert.equal(tea.status, 418);
    assert.equal(tea.text, 'tea');
    assert.equal((await login(server, 'iago@zulip.com', 'abcd1234')).status, 200);
  });

  test('requests are logged with their raw body, and the log is bounded', async (t) => {
    const server = await start(t);
    assert.equal(server.requests.length, 0);
    await login(server, 'iago@zulip.com', 'abcd1234');
    const [entry] = server.requests;
    assert.equal(entry.method, 'POST');
    assert.equal(entry.path, FETCH);
    assert.ok(Buffer.isBuffer(entry.body));
    assert.equal(entry.body.toString(), 'username=iago%40zulip.com&password=abcd1234');
    assert.equal(entry.headers['content-type'], 'application/x-www-form-urlencoded');
    for (let i = 0; i < 210; i++) await (await fetch(server.url + SETTINGS)).arrayBuffer();
    assert.equal(server.requests.length, 200);
  });

  test('close() ends open keep-alive connections and frees the port', async () => {
    const server = await startDevServer();
    const agent = new http.Agent({ keepAlive: true });
    await new Promise((resolve) => http.get(server.url + SETTINGS, { agent }, (res) => { res.resume(); res.on('end', resolve); }));
    await server.close();
    await server.close(); // idempotent
    agent.destroy();
    await assert.rejects(fetch(server.url + SETTINGS));
    const refused = await new Promise((resolve) => {
      const socket = net.connect(server.port, '127.0.0.1');
      socket.on('connect', () => { socket.destroy(); resolve(false); });
      socket.on('error', () => resolve(true));
    });
    assert.ok(refused);
  });

  test('only loopback addresses', async () => {
    await assert.rejects(startDevServer({ host: '0.0.0.0' }), /loopback/);
  });
});

describe('cli', () => {
  test('starts, prints its URL and the default credentials, answers, stops on SIGTERM', async (t) => {
    const child = spawn(process.execPath, [CLI, '--port', '0', '--cors', '--feature-level', '150'], { stdio: ['ignore', 'pipe', 'pipe'] });
    t.after(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); });
    let output = '';
    const url = await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const m = /^Zulip dev server listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(output);
        if (m && output.includes('abcd1234')) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    assert.match(output, /iago@zulip\.com \/ abcd1234/);
    const res = await fetch(url + SETTINGS);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal((await res.json()).zulip_feature_level, 150);
    const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  test('--config reads a JSON options file; flags override it', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'devserver-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const config = join(dir, 'config.json');
    await writeFile(config, JSON.stringify({ featureLevel: 60, realms: [{ name: 'From File', users: [{ email: 'a@b.com', userId: 1 }] }] }));
    const child = spawn(process.execPath, [CLI, '--config', config, '--feature-level', '200'], { stdio: ['ignore', 'pipe', 'pipe'] });
    t.after(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); });
    let output = '';
    const url = await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const m = /listening on (\S+)\n[\s\S]*a@b\.com/.exec(output);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    const settings = await (await fetch(url + SETTINGS)).json();
    assert.equal(settings.realm_name, 'From File');
    assert.equal(settings.zulip_feature_level, 200);
    const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    assert.equal(await exited, 0);
  });

  test('refuses a non-loopback --host', async () => {
    const child = spawn(process.execPath, [CLI, '--host', '0.0.0.0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => { stderr += c; });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /loopback/);
  });
});

const JWT = '/api/v1/jwt/fetch_api_key';
const ME = '/api/v1/users/me';
const JWT_KEY = 'the organization key';
const basic = (email, key) => `Basic ${Buffer.from(`${email}:${key}`).toString('base64')}`;
const me = (server, authorization, init = {}) =>
  fetch(server.url + ME, { ...init, headers: authorization === undefined ? {} : { Authorization: authorization } }).then(read);

describe('jwt/fetch_api_key (zerver/views/auth.py jwt_fetch_api_key)', () => {
  const realms = () => [
    { jwtKey: JWT_KEY },
    { subdomain: 'nojwt', users: [{ email: 'x@nojwt.example' }] },
    { subdomain: 'other', jwtKey: 'k2', users: [{ email: 'only@other.example' }] },
  ];

  test('HS256 by node:crypto: sign and verify, and what PyJWT refuses', () => {
    const token = signJwt({ email: 'iago@zulip.com' }, JWT_KEY);
    assert.deepEqual(verifyJwt(token, JWT_KEY), { email: 'iago@zulip.com' });
    assert.equal(verifyJwt(token, 'another key'), null);
    assert.equal(verifyJwt(`${token}x`, JWT_KEY), null);
    assert.equal(verifyJwt('a.b', JWT_KEY), null);
    const [, claims, signature] = token.split('.');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${claims}.${signature}`;
    assert.equal(verifyJwt(none, JWT_KEY), null);
    assert.equal(verifyJwt(signJwt({ email: 'e', exp: Date.now() / 1000 - 10 }, JWT_KEY), JWT_KEY), null);
    assert.equal(verifyJwt(signJwt({ email: 'e', nbf: Date.now() / 1000 + 100 }, JWT_KEY), JWT_KEY), null);
    assert.ok(verifyJwt(signJwt({ email: 'e', exp: Date.now() / 1000 + 100 }, JWT_KEY), JWT_KEY));
  });

  test('success: api_key and email, no top-level user_id; the user object with include_profile', async (t) => {
    const server = await start(t, { realms: realms() });
    const token = signJwt({ email: 'IAGO@zulip.com' }, JWT_KEY);
    const plain = await post(server, JWT, { token });
    assert.equal(plain.status, 200, plain.text);
    assert.deepEqual(plain.json, { result: 'success', msg: '', api_key: IAGO_KEY, email: 'iago@zulip.com' });
    const full = await post(server, JWT, { token, include_profile: 'true' });
    assert.equal(full.json.user.user_id, 5);
    assert.equal(full.json.user.role, 200);
    assert.equal(full.json.user.is_bot, false);
    assert.equal(typeof full.json.user.full_name, 'string');
    assert.equal(full.json.user_id, undefined);
    assert.equal((await post(server, JWT, { token, include_profile: 'false' })).json.user, undefined);
  });

  test("the token's own refusals: 400 BAD_REQUEST, one message each", async (t) => {
    const server = await start(t, { realms: realms() });
    const token = signJwt({ email: 'iago@zulip.com' }, JWT_KEY);
    assertError(await hostRequest(server, JWT, 'nojwt.localhost', {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `token=${token}`,
    }).then((r) => ({ ...r, headers: new Headers(r.headers) })), 400, 'BAD_REQUEST',
    'JWT authentication is not enabled for this organization');
    assertError(await post(server, JWT, {}), 400, 'BAD_REQUEST', 'No JSON web token passed in request');
    assertError(await post(server, JWT, { token: '' }), 400, 'BAD_REQUEST', 'No JSON web token passed in request');
    assertError(await post(server, JWT, { token: signJwt({ email: 'iago@zulip.com' }, 'wrong') }), 400, 'BAD_REQUEST', 'Bad JSON web token');
    assertError(await post(server, JWT, { token: 'not a token' }), 400, 'BAD_REQUEST', 'Bad JSON web token');
    assertError(await post(server, JWT, { token: signJwt({ sub: 'iago' }, JWT_KEY) }), 400, 'BAD_REQUEST',
      'No email specified in JSON web token claims');
    assertError(await post(server, JWT, { token, include_profile: 'yes' }), 400, 'BAD_REQUEST',
      'Argument "include_profile" is not valid JSON.');
    assertError(await post(server, JWT, { token, include_profile: '1' }), 400, 'BAD_REQUEST', 'include_profile is not a boolean');
  });

  test('then the account errors, and a nonexistent subdomain', async (t) => {
    const server = await start(t, {
      realms: [{ jwtKey: JWT_KEY, users: [{ email: 'gone@zulip.com', isActive: false }, { email: 'iago@zulip.com' }] },
        { subdomain: 'dead', jwtKey: JWT_KEY, deactivated: true, users: [{ email: 'd@dead.example' }] },
        { subdomain: 'other', jwtKey: 'k2', users: [{ email: 'only@other.example' }] }],
    });
    const with_ = (email) => ({ token: signJwt({ email }, JWT_KEY) });
    assertError(await post(server, JWT, with_('nobody@zulip.com')), 401, 'AUTHENTICATION_FAILED', 'Your username or password is incorrect');
    assertError(await post(server, JWT, with_('gone@zulip.com')), 401, 'USER_DEACTIVATED', 'Account is deactivated');
    assertError(await post(server, JWT, with_('only@other.example')), 404, 'NONEXISTENT_SUBDOMAIN', 'Invalid subdomain');
    const form = { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
    const dead = await hostRequest(server, JWT, 'dead.localhost', { ...form, body: new URLSearchParams(with_('d@dead.example')).toString() });
    assert.equal(dead.status, 401);
    assert.equal(dead.json.code, 'REALM_DEACTIVATED');
    const nowhere = await hostRequest(server, JWT, 'nowhere.localhost', { ...form, body: new URLSearchParams(with_('iago@zulip.com')).toString() });
    assert.equal(nowhere.status, 404);
    assert.equal(nowhere.json.code, 'NONEXISTENT_SUBDOMAIN');
    const get = await fetch(server.url + JWT).then(read);
    assert.equal(get.status, 405);
  });
});

describe('users/me with Basic auth (zerver/decorator.py)', () => {
  test('success: who the key belongs to', async (t) => {
    const server = await start(t);
    const res = await me(server, basic(' iago@zulip.com ', IAGO_KEY));
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.result, 'success');
    assert.equal(res.json.user_id, 5);
    assert.equal(res.json.email, 'iago@zulip.com');
    assert.equal(res.json.role, 200);
    assert.equal(res.json.is_admin, true);
    assert.equal(typeof res.json.avatar_url, 'string');
    assert.ok(res.headers.get('x-ratelimit-limit'));
  });

  test('every refusal of the credentials is 401 UNAUTHORIZED with its words and WWW-Authenticate', async (t) => {
    const server = await start(t, {
      realms: [{ users: [{ email: 'iago@zulip.com', apiKey: IAGO_KEY }, { email: 'gone@zulip.com', isActive: false, apiKey: 'A'.repeat(32) }] },
        { subdomain: 'dead', deactivated: true, users: [{ email: 'd@dead.example', apiKey: 'D'.repeat(32) }] }],
    });
    const cases = [
      [basic('iago@zulip.com', 'Z'.repeat(32)), 'Invalid API key'],
      [basic('hamlet@zulip.com', IAGO_KEY), 'Invalid API key'],
      [basic('iago@zulip.com', 'short'), 'Malformed API key'],
      [basic('gone@zulip.com', 'A'.repeat(32)), 'Account is deactivated'],
      [basic('d@dead.example', 'D'.repeat(32)), 'This organization has been deactivated'],
      ['Basic !!!', 'Invalid authorization header for basic auth'],
      [basic('a:b', IAGO_KEY), 'Invalid authorization header for basic auth'],
      [undefined, 'Not logged in: API authentication or user session required'],
    ];
    for (const [authorization, msg] of cases) {
      const res = await me(server, authorization);
      assertError(res, 401, 'UNAUTHORIZED', msg);
      assert.equal(res.headers.get('www-authenticate'), 'Basic realm="zulip"');
    }
    assertError(await me(server, 'Bearer x'), 400, 'BAD_REQUEST', 'This endpoint requires HTTP basic authentication.');
    const elsewhere = await hostRequest(server, ME, 'dead.localhost', { headers: { Authorization: basic('iago@zulip.com', IAGO_KEY) } });
    assert.equal(elsewhere.status, 401);
    assert.equal(elsewhere.json.msg, 'Account is not associated with this subdomain');
    const nowhere = await hostRequest(server, ME, 'nowhere.localhost', { headers: { Authorization: basic('iago@zulip.com', IAGO_KEY) } });
    assert.equal(nowhere.json.msg, 'Account is not associated with this subdomain');
  });

  test('before feature level 76: no code', async (t) => {
    const server = await start(t, { featureLevel: 60 });
    const res = await me(server, basic('iago@zulip.com', 'Z'.repeat(32)));
    assert.equal(res.status, 401);
    assert.equal(res.json.code, undefined);
    assert.equal(res.json.msg, 'Invalid API key');
  });

  test('the rate limit (api_by_user): 429 RATE_LIMIT_HIT with retry-after', async (t) => {
    const server = await start(t, { apiRateLimit: { max: 2, windowSeconds: 60 } });
    const auth = basic('iago@zulip.com', IAGO_KEY);
    assert.equal((await me(server, auth)).status, 200);
    assert.equal((await me(server, auth)).status, 200);
    const limited = await me(server, auth);
    assertError(limited, 429, 'RATE_LIMIT_HIT', 'API usage exceeded rate limit');
    assert.ok(limited.json['retry-after'] > 0);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    server.resetRateLimits();
    assert.equal((await me(server, auth)).status, 200);
  });

  test('methods: OPTIONS is answered 204 (with nginx CORS allowing Authorization), POST is 405', async (t) => {
    const server = await start(t, { cors: true });
    const preflight = await fetch(server.url + ME, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('allow'), 'GET, DELETE');
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'Authorization');
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    await preflight.arrayBuffer();
    const posted = await fetch(server.url + ME, { method: 'POST' }).then(read);
    assert.equal(posted.status, 405);
  });
});
