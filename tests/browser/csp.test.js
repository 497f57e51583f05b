// The browser ES module (dist/browser.js, as the package ships it) loaded by a plain
// <script type="module"> on a page whose Content-Security-Policy allows no eval: it logs in, and
// nothing is blocked.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startDevServer } from '../../devserver/server.js';
import { launchChromium, openPage, recordCspViolations } from './helpers/chromium.js';
import { startStaticServer } from '../../scripts/static_server.js';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src *";
// Without 'wasm-unsafe-eval' the page may not compile WebAssembly: proof that the listener
// below does see violations.
const NO_WASM_CSP = "default-src 'self'; script-src 'self'; connect-src *";

const LOGIN_SCRIPT = `
import { login } from '/dist/browser.js';
const query = new URLSearchParams(location.search);
const realm = query.get('realm');
login({ realm, username: 'iago@zulip.com', password: 'abcd1234' }).then(
  (result) => { window.outcome = { result }; },
  (error) => { window.outcome = { code: error.code, message: error.message }; });
`;

const page = (csp) => ({
  body: '<!doctype html><meta charset="utf-8"><title>CSP</title><script type="module" src="/login.js"></script>',
  headers: { 'Content-Security-Policy': csp },
});

describe('the ES module under Content-Security-Policy without unsafe-eval', () => {
  let browser, devserver, site;
  before(async () => {
    [browser, devserver] = await Promise.all([launchChromium(), startDevServer({ cors: true })]);
    site = await startStaticServer({
      pages: {
        '/strict.html': page(STRICT_CSP),
        '/no-wasm.html': page(NO_WASM_CSP),
        '/login.js': { type: 'text/javascript', body: LOGIN_SCRIPT },
      },
    });
  });
  after(() => Promise.all([browser?.close(), devserver?.close(), site?.close()]));

  test("script-src 'self' 'wasm-unsafe-eval': logs in, and no violation is reported", async () => {
    const { page: tab, errors, close } = await openPage(browser);
    try {
      await recordCspViolations(tab);
      await tab.goto(`${site.url}/strict.html?realm=${encodeURIComponent(devserver.url)}`);
      const outcome = await tab.waitForFunction(() => window.outcome).then((h) => h.jsonValue());
      assert.equal(outcome.result?.email, 'iago@zulip.com', JSON.stringify(outcome));
      assert.match(outcome.result.apiKey, /^[A-Za-z0-9]{32}$/);
      assert.deepEqual(await tab.evaluate(() => window.violations), []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test("without 'wasm-unsafe-eval' the violation is seen (the check above can fail)", async () => {
    const { page: tab, close } = await openPage(browser);
    try {
      await recordCspViolations(tab);
      await tab.goto(`${site.url}/no-wasm.html?realm=${encodeURIComponent(devserver.url)}`);
      await tab.waitForFunction(() => window.violations.length > 0);
      const violations = await tab.evaluate(() => window.violations);
      assert.ok(violations.some((v) => v.startsWith('script-src')), violations.join('\n'));
    } finally {
      await close();
    }
  });
});
