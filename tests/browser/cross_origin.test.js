// The widget page on one loopback origin, the server on another. With nginx's CORS headers the
// login works, because the request stays a CORS simple request (no preflight, which Zulip would
// answer 405); without them the form says NETWORK_ERROR and mentions CORS.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startDevServer } from '../../devserver/server.js';
import { launchChromium, openPage } from './helpers/chromium.js';
import { showWidget, startWidgetSite, waitForState } from './helpers/widget_page.js';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src *";

describe('cross-origin login from the widget', () => {
  let browser, withCors, withoutCors, site;
  before(async () => {
    [browser, withCors, withoutCors, site] = await Promise.all([
      launchChromium(), startDevServer({ cors: true }), startDevServer(), startWidgetSite({ 'Content-Security-Policy': CSP }),
    ]);
  });
  after(() => Promise.all([browser?.close(), withCors?.close(), withoutCors?.close(), site?.close()]));

  test(`page on 127.0.0.1, server on localhost with CORS headers: logs in as a simple request`, async () => {
    const { page, errors, close } = await openPage(browser);
    try {
      const realm = `http://localhost:${withCors.port}`;
      const seen = withCors.requests.length;
      const widget = await showWidget(page, site.url, { realm });
      await waitForState(page, 'ready');
      await widget.getByLabel('Email').fill('iago@zulip.com');
      await widget.getByLabel('Password').fill('abcd1234');
      await widget.getByLabel('Password').press('Enter');
      await waitForState(page, 'success');
      const sent = withCors.requests.slice(seen);
      assert.deepEqual(sent.filter((r) => r.method === 'OPTIONS'), [], 'no preflight');
      const post = sent.find((r) => r.method === 'POST');
      assert.equal(post.headers.origin, site.url, 'the request was cross-origin');
      assert.equal(post.headers['content-type'], 'application/x-www-form-urlencoded');
      assert.equal(post.headers.cookie, undefined);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('a server without CORS headers: NETWORK_ERROR in words that mention CORS, and no password sent', async () => {
    const { page, close } = await openPage(browser);
    try {
      const widget = await showWidget(page, site.url);
      await widget.getByLabel('Server URL').fill(`http://localhost:${withoutCors.port}`);
      await widget.locator('#realm-hint[data-kind="error"]').waitFor();
      assert.match(await widget.locator('#realm-hint').textContent(), /CORS/);
      await widget.getByLabel('Email').fill('iago@zulip.com');
      await widget.getByLabel('Password').fill('abcd1234');
      await widget.getByRole('button', { name: 'Log in' }).click();
      await waitForState(page, 'error');
      assert.match(await widget.locator('#message').textContent(), /CORS/);
      assert.equal(await page.evaluate(() => document.querySelector('zulip-login').shadowRoot.activeElement?.id), 'realm');
      assert.deepEqual(withoutCors.requests.filter((r) => r.method === 'POST'), []);
    } finally {
      await close();
    }
  });
});
