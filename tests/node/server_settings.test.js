// getServerSettings through the wasm package, over real loopback HTTP, against devserver/ in
// its modes (feature levels, realm URL override, external methods) and small misbehaving servers.
import assert from 'node:assert/strict';
import http from 'node:http';
import { describe, test } from 'node:test';
import {
  getServerSettings, InvalidInputError, MalformedResponseError, TimeoutError, ZulipApiError,
} from 'zulip-fetch-api-key';
import { rejectsWith } from './helpers/assertions.js';
import { closedAfterwards } from './helpers/dev_servers.js';
import { sendJson, startHttpServer, startTcpServer } from './helpers/servers.js';

const { serve, track } = closedAfterwards();
/** @param {unknown} body */
async function answering(body) {
  return track(await startHttpServer((_req, res) => sendJson(res, 200, body)));
}

/**
 * A fetch that connects to `port` on 127.0.0.1 whatever the URL's host, keeping that host in the
 * Host header (which fetch cannot set): how a request for "nope.localhost" reaches devserver/.
 * @param {number} port
 * @returns {typeof fetch}
 */
function viaLoopback(port) {
  return (url, init) => new Promise((resolve, reject) => {
    const target = new URL(String(url));
    const req = http.request({ host: '127.0.0.1', port, path: target.pathname, method: init?.method, headers: { Host: target.host } }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve(new Response(Buffer.concat(chunks), {
        status: res.statusCode, headers: /** @type {Record<string, string>} */ (res.headers),
      })));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('getServerSettings against devserver/', () => {
  test('a current server: every field, camelCase, the realm URL normalized', async () => {
    const server = await serve({ featureLevel: 314 });
    const s = await getServerSettings({ realm: ` ${server.url}/ ` });
    assert.deepEqual(Object.keys(s).sort(), [
      'authenticationMethods', 'emailAuthEnabled', 'externalAuthenticationMethods', 'passwordLoginAllowed',
      'pushNotificationsEnabled', 'realmDescription', 'realmIcon', 'realmName', 'realmUrl', 'realmWebPublicAccessEnabled',
      'requireEmailFormatUsernames', 'zulipFeatureLevel', 'zulipMergeBase', 'zulipVersion',
    ]);
    assert.equal(s.zulipFeatureLevel, 314);
    assert.equal(s.zulipVersion, server.zulipVersion);
    assert.equal(s.realmUrl, server.url);
    assert.equal(s.realmName, 'Zulip Dev');
    assert.equal(s.emailAuthEnabled, true);
    assert.equal(s.requireEmailFormatUsernames, true);
    assert.equal(s.realmWebPublicAccessEnabled, false);
    assert.equal(s.pushNotificationsEnabled, false);
    assert.equal(s.authenticationMethods?.password, true);
    assert.equal(s.authenticationMethods?.['openid connect'], false);
    assert.deepEqual(s.externalAuthenticationMethods, []);
    assert.equal(s.passwordLoginAllowed, true);
  });

  test("passwordLoginAllowed is the core's reading, the rule login() applies", async () => {
    const cases = [
      [{ authentication_methods: { password: false, ldap: true } }, false],
      [{ authentication_methods: { password: true }, email_auth_enabled: false }, true],
      [{ email_auth_enabled: false, authentication_methods: { ldap: false, github: true } }, false],
      [{ email_auth_enabled: false, authentication_methods: { ldap: true } }, true],
      [{ email_auth_enabled: false }, true], // the settings do not say: the server decides
      [{}, true],
    ];
    for (const [fields, allowed] of cases) {
      const server = await answering({ result: 'success', msg: '', ...fields });
      assert.equal((await getServerSettings({ realm: server.url })).passwordLoginAllowed, allowed, JSON.stringify(fields));
    }
  });

  test('sends one GET without a body, credentials or custom headers', async () => {
    const server = await serve();
    const seen = server.requests.length;
    await getServerSettings({ realm: server.url });
    const sent = server.requests.slice(seen);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].method, 'GET');
    assert.equal(sent[0].path, '/api/v1/server_settings');
    assert.equal(sent[0].body.length, 0);
    assert.equal(sent[0].headers['content-type'], undefined);
    assert.equal(sent[0].headers.authorization, undefined);
    assert.equal(sent[0].headers.cookie, undefined);
  });

  test('the organization as configured: its own URL, name, icon, external methods', async () => {
    const server = await serve({
      realms: [{
        name: 'Test Org', description: '<p>hi</p>', icon: '/static/icon.png', realmUrl: 'https://Chat.Example.com/',
        webPublicAccessEnabled: true,
        externalAuthenticationMethods: [
          { name: 'github', display_name: 'GitHub', display_icon: '/static/github.png', login_url: '/login/github', signup_url: '/signup/github' },
          { name: 'saml:okta', display_name: 'Okta', display_icon: null, login_url: '/login/saml', signup_url: '/signup/saml' },
        ],
      }],
    });
    const s = await getServerSettings({ realm: server.url });
    assert.equal(s.realmUrl, 'https://chat.example.com');
    assert.equal(s.realmName, 'Test Org');
    assert.equal(s.realmIcon, '/static/icon.png');
    assert.equal(s.realmDescription, '<p>hi</p>');
    assert.equal(s.realmWebPublicAccessEnabled, true);
    assert.equal(s.authenticationMethods?.github, true);
    assert.deepEqual(s.externalAuthenticationMethods, [
      { name: 'github', displayName: 'GitHub', displayIcon: '/static/github.png', loginUrl: '/login/github', signupUrl: '/signup/github' },
      { name: 'saml:okta', displayName: 'Okta', displayIcon: null, loginUrl: '/login/saml', signupUrl: '/signup/saml' },
    ]);
  });

  test('LDAP and password-off modes show in the settings', async () => {
    const ldap = await serve({ realms: [{ ldap: true, emailAuthEnabled: false }] });
    const s = await getServerSettings({ realm: ldap.url });
    assert.equal(s.requireEmailFormatUsernames, false);
    assert.equal(s.emailAuthEnabled, false);
    assert.equal(s.authenticationMethods?.ldap, true);
    const off = await serve({ realms: [{ passwordAuthEnabled: false, emailAuthEnabled: false, devLoginEnabled: false }] });
    const o = await getServerSettings({ realm: off.url });
    assert.equal(o.authenticationMethods?.password, false);
    assert.equal(o.authenticationMethods?.dev, false);
  });

  test('old servers: the fields they lack are absent, the feature level 0 when unsent', async () => {
    const fl200 = await getServerSettings({ realm: (await serve({ featureLevel: 200 })).url });
    assert.equal(fl200.zulipFeatureLevel, 200);
    assert.equal(typeof fl200.realmUrl, 'string'); // from realm_uri: realm_url came at 257
    const fl150 = await getServerSettings({ realm: (await serve({ featureLevel: 150 })).url });
    assert.equal(fl150.realmWebPublicAccessEnabled, false);
    const fl60 = await getServerSettings({ realm: (await serve({ featureLevel: 60 })).url });
    assert.equal(fl60.zulipFeatureLevel, 60);
    assert.equal('zulipMergeBase' in fl60, false); // feature level 88
    assert.equal('realmWebPublicAccessEnabled' in fl60, false); // feature level 116
    const fl0 = await getServerSettings({ realm: (await serve({ featureLevel: 0 })).url });
    assert.equal(fl0.zulipFeatureLevel, 0);
    assert.equal(fl0.zulipVersion, '2.1.8');
  });

  test("an unknown subdomain -> BAD_REQUEST 'Invalid subdomain'", async () => {
    const server = await serve({ realms: [{ subdomain: 'zulip' }] });
    await rejectsWith(getServerSettings({ realm: `http://nope.localhost:${server.port}`, fetch: viaLoopback(server.port) }),
      ZulipApiError, { code: 'BAD_REQUEST', httpStatus: 400, serverMessage: 'Invalid subdomain' });
    const s = await getServerSettings({ realm: `http://zulip.localhost:${server.port}`, fetch: viaLoopback(server.port) });
    assert.equal(s.realmName, 'zulip');
  });

  test('a page that is not Zulip (HTML 404) -> MALFORMED_RESPONSE with httpStatus', async () => {
    const server = await serve();
    await rejectsWith(getServerSettings({ realm: `${server.url}/not-zulip` }), MalformedResponseError,
      { code: 'MALFORMED_RESPONSE', httpStatus: 404 });
  });
});

describe('getServerSettings: what a Zulip server never sends', () => {
  for (const [name, body] of /** @type {const} */ ([
    ['a string feature level', { result: 'success', msg: '', zulip_feature_level: '314' }],
    ['a boolean as a string', { result: 'success', msg: '', email_auth_enabled: 'true' }],
    ['authentication_methods as a list', { result: 'success', msg: '', authentication_methods: ['password'] }],
    ['an incomplete external method', { result: 'success', msg: '', external_authentication_methods: [{ name: 'github' }] }],
    ['a realm URL that is not one', { result: 'success', msg: '', realm_url: 'javascript:alert(1)' }],
    ['no result: success', { msg: '', zulip_version: '10.0' }],
  ])) {
    test(`${name} -> MALFORMED_RESPONSE`, async () => {
      const server = await answering(body);
      await rejectsWith(getServerSettings({ realm: server.url }), MalformedResponseError,
        { code: 'MALFORMED_RESPONSE', httpStatus: 200 });
    });
  }

  test('a minimal answer is fine: absent fields are absent', async () => {
    const server = await answering({ result: 'success', msg: '' });
    assert.deepEqual(await getServerSettings({ realm: server.url }), { zulipFeatureLevel: 0, passwordLoginAllowed: true });
  });

  test('timeout, invalid and insecure realms', async () => {
    const silent = track(await startTcpServer(() => {}));
    await rejectsWith(getServerSettings({ realm: silent.url, timeoutMs: 100 }), TimeoutError, { code: 'TIMEOUT' });
    await rejectsWith(getServerSettings({ realm: 'zulip://x' }), InvalidInputError, { code: 'INVALID_REALM_URL' });
    await rejectsWith(getServerSettings({ realm: 'http://chat.example.com' }), InvalidInputError, { code: 'INSECURE_REALM_URL' });
    await rejectsWith(getServerSettings(/** @type {any} */ (null)), InvalidInputError, { code: 'INVALID_ARGUMENT' });
  });
});
