// The package through a bundler: a small Vite app importing 'zulip-fetch-api-key' and
// 'zulip-fetch-api-key/widget' is built, served under a strict CSP, and logs in.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { build } from 'vite';
import { startDevServer } from '../../devserver/server.js';
import { launchChromium, openPage, recordCspViolations, recordWasmRequests } from './helpers/chromium.js';
import { startStaticServer } from '../../scripts/static_server.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src *";

const INDEX = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Vite app</title>
<zulip-login></zulip-login>
<script type="module" src="/main.js"></script>
</html>`;

const MAIN = `
import { normalizeRealmUrl, ready, ZulipError } from 'zulip-fetch-api-key';
import 'zulip-fetch-api-key/widget';
try {
  normalizeRealmUrl('chat.zulip.org');
} catch (error) {
  window.beforeReady = error.code;
}
await ready();
window.normalized = normalizeRealmUrl(' Chat.Zulip.org/ ');
window.hasErrorClass = typeof ZulipError === 'function';
window.logins = [];
document.addEventListener('zulip-login', (e) => window.logins.push(e.detail));
window.appReady = true;
`;

describe('a Vite app using the package', () => {
  let app, browser, devserver, site;
  before(async () => {
    app = await mkdtemp(path.join(os.tmpdir(), 'zfak-vite-'));
    await mkdir(path.join(app, 'node_modules'));
    // The package as an app's dependency sees it: its exports map, from its own folder.
    await symlink(REPO, path.join(app, 'node_modules', 'zulip-fetch-api-key'), 'dir');
    await writeFile(path.join(app, 'index.html'), INDEX);
    await writeFile(path.join(app, 'main.js'), MAIN);
    await build({
      root: app, logLevel: 'warn', configFile: false,
      // The app itself awaits ready() at its top level.
      build: { target: 'es2022', outDir: path.join(app, 'dist') },
    });
    [browser, devserver, site] = await Promise.all([
      launchChromium(),
      startDevServer({ cors: true }),
      startStaticServer({ root: path.join(app, 'dist'), dirs: [''], headers: { 'Content-Security-Policy': CSP } }),
    ]);
  });
  after(async () => {
    await Promise.all([browser?.close(), devserver?.close(), site?.close()]);
    if (app) await rm(app, { recursive: true, force: true });
  });

  test('the built app runs under the strict CSP: sync normalizeRealmUrl after ready(), and the widget logs in', async () => {
    const { page, errors, close } = await openPage(browser);
    try {
      await recordCspViolations(page);
      const wasmRequests = recordWasmRequests(page);
      await page.goto(`${site.url}/index.html`);
      await page.waitForFunction(() => window.appReady);
      // The app's import and the widget's share one module instance: one instantiation.
      assert.equal(wasmRequests.length, 1, wasmRequests.join('\n'));
      assert.equal(await page.evaluate(() => window.beforeReady), 'NOT_READY');
      assert.equal(await page.evaluate(() => window.normalized), 'https://chat.zulip.org');
      assert.equal(await page.evaluate(() => window.hasErrorClass), true);
      const widget = page.locator('zulip-login');
      await widget.getByLabel('Server URL').fill(devserver.url);
      await widget.getByLabel('Email').fill('iago@zulip.com');
      await widget.getByLabel('Password').fill('abcd1234');
      await widget.getByRole('button', { name: 'Log in' }).click();
      await page.waitForFunction(() => window.logins.length === 1);
      assert.equal((await page.evaluate(() => window.logins))[0].email, 'iago@zulip.com');
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
