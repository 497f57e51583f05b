// A page on the realm's own origin, where the browser holds a cookie for the realm (a Zulip
// session, say): the login request must not carry it (fetch with credentials: 'omit'). Only there
// would a fetch send cookies by default; a page on another origin never shows the difference.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { startDevServer } from '../../devserver/server.js';
import { launchChromium, openPage } from './helpers/chromium.js';

const dist = new URL('../../dist/', import.meta.url);
const TYPES = { js: 'text/javascript', wasm: 'application/wasm' };

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {Awaited<ReturnType<typeof startDevServer>>} */
let server;
before(async () => { [browser, server] = await Promise.all([launchChromium(), startDevServer()]); });
after(() => Promise.all([browser?.close(), server?.close()]));

test("a page on the realm's origin with a cookie for it: the login request sends no cookie", async () => {
  const { page, errors, close } = await openPage(browser);
  try {
    const realm = server.url;
    // The page and the browser module come from the realm's origin; the API is the dev server's.
    await page.route(`${realm}/page.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>realm</title>' }));
    await page.route(`${realm}/dist/*`, async (route) => {
      const name = new URL(route.request().url()).pathname.slice('/dist/'.length);
      const type = /** @type {keyof typeof TYPES} */ (name.split('.').pop());
      route.fulfill({ contentType: TYPES[type], body: await readFile(new URL(name, dist)) });
    });
    await page.context().addCookies([{ name: 'sessionid', value: 'realm-session', url: realm }]);
    await page.goto(`${realm}/page.html`);
    const apiKey = await page.evaluate(async () => {
      // A same-origin request of the page's own: it carries the cookie, so the cookie is there to send.
      await fetch('/api/v1/server_settings');
      const { fetchApiKey } = await import('/dist/browser.js');
      return (await fetchApiKey({ realm: location.origin, username: 'iago@zulip.com', password: 'abcd1234' })).apiKey;
    });
    assert.match(apiKey, /^[A-Za-z0-9]+$/);
    const own = server.requests.find((r) => r.path === '/api/v1/server_settings');
    assert.match(String(own?.headers.cookie), /sessionid=realm-session/);
    const login = server.requests.filter((r) => r.path === '/api/v1/fetch_api_key');
    assert.equal(login.length, 1);
    assert.equal(login[0].headers.cookie, undefined, 'the login request carried the cookie');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
