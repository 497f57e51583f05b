// JWT login and verifyApiKey in Chromium, cross-origin: the page on one loopback origin, the
// devserver on another. verifyApiKey's Authorization header makes its GET need a CORS preflight,
// which Zulip answers (OPTIONS 204 on /users/me, nginx allowing Authorization); JWT login stays a
// simple form POST. Without CORS headers, both are NETWORK_ERROR and no key is read.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDevServer } from '../../devserver/server.js';
import { signJwt } from '../../devserver/jwt.js';
import { launchChromium, openPage } from './helpers/chromium.js';
import { startStaticServer } from '../../scripts/static_server.js';

const IAGO_KEY = 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv';
const JWT_KEY = 'the organization key';

const APP = `
import { jwtFetchApiKey, verifyApiKey } from '/dist/browser.js';
const realm = new URLSearchParams(location.search).get('realm');
const settle = (promise) => promise.then((value) => ({ value }), (error) => ({ code: error.code, reason: error.reason ?? null }));
window.outcome = {
  jwt: await settle(jwtFetchApiKey({ realm, token: window.TOKEN, includeProfile: true })),
  badJwt: await settle(jwtFetchApiKey({ realm, token: 'not.a.token' })),
  verify: await settle(verifyApiKey({ realm, email: 'iago@zulip.com', apiKey: '${IAGO_KEY}' })),
  refused: await settle(verifyApiKey({ realm, email: 'iago@zulip.com', apiKey: '${'Z'.repeat(32)}' })),
};
`;

let browser, withCors, withoutCors, site;
before(async () => {
  const realms = [{ jwtKey: JWT_KEY }];
  [browser, withCors, withoutCors, site] = await Promise.all([
    launchChromium(), startDevServer({ cors: true, realms }), startDevServer({ realms }),
    startStaticServer({
      dirs: ['dist'],
      pages: {
        '/keys.html': { body: `<!doctype html><meta charset="utf-8"><script>window.TOKEN = ${JSON.stringify(signJwt({ email: 'iago@zulip.com' }, JWT_KEY))};</script><script type="module" src="/keys.js"></script>` },
        '/keys.js': { type: 'text/javascript', body: APP },
      },
    }),
  ]);
});
after(() => Promise.all([browser?.close(), withCors?.close(), withoutCors?.close(), site?.close()]));

/** @param {{ port: number }} server */
async function run(server) {
  const { page, close } = await openPage(browser);
  try {
    await page.goto(`${site.url}/keys.html?realm=${encodeURIComponent(`http://localhost:${server.port}`)}`);
    return await page.waitForFunction(() => window.outcome, undefined, { timeout: 20_000 }).then((h) => h.jsonValue());
  } finally {
    await close();
  }
}

test('with CORS headers: JWT login as a simple request, verifyApiKey after a preflight Zulip answers', async () => {
  const seen = withCors.requests.length;
  const outcome = await run(withCors);
  assert.equal(outcome.jwt.value?.apiKey, IAGO_KEY, JSON.stringify(outcome));
  assert.equal(outcome.jwt.value?.userId, 5);
  assert.equal(outcome.jwt.value?.profile?.email, 'iago@zulip.com');
  assert.deepEqual(outcome.badJwt, { code: 'BAD_REQUEST', reason: 'jwt' });
  assert.equal(outcome.verify.value?.userId, 5);
  assert.equal(outcome.verify.value?.role, 200);
  assert.deepEqual(outcome.refused, { code: 'INVALID_API_KEY', reason: null });
  const sent = withCors.requests.slice(seen);
  const preflights = sent.filter((r) => r.method === 'OPTIONS');
  assert.ok(preflights.length >= 1 && preflights.every((r) => r.path === '/api/v1/users/me'), 'a preflight, for users/me only');
  assert.match(String(preflights[0].headers['access-control-request-headers']), /authorization/);
  const gets = sent.filter((r) => r.method === 'GET');
  assert.ok(gets.every((r) => r.headers.origin === site.url && /^Basic /.test(String(r.headers.authorization))));
  assert.ok(sent.filter((r) => r.method === 'POST').every((r) => r.headers.authorization === undefined));
});

test('without CORS headers: NETWORK_ERROR, and the key never reaches the server in a GET', async () => {
  const seen = withoutCors.requests.length;
  const outcome = await run(withoutCors);
  assert.equal(outcome.jwt.code, 'NETWORK_ERROR');
  assert.equal(outcome.verify.code, 'NETWORK_ERROR');
  // The preflight fails (no Access-Control-Allow-*), so Chromium never sends the GET.
  assert.deepEqual(withoutCors.requests.slice(seen).filter((r) => r.method === 'GET'), []);
});
