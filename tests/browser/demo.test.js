// `npm start`'s demo: scripts/demo.js prints the login and the demo page's URL and, when stdin
// is not a terminal, exits; the demo page (scripts/demo_page.js) logs in under its strict CSP.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { startDevServer } from '../../devserver/server.js';
import { demoPages } from '../../scripts/demo_page.js';
import { startStaticServer } from '../../scripts/static_server.js';
import { launchChromium, openPage, recordCspViolations } from './helpers/chromium.js';
import { screenshot } from './helpers/screenshots.js';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/demo.js');

describe('the demo', () => {
  let browser, server, site;
  before(async () => {
    [browser, server] = await Promise.all([launchChromium(), startDevServer({ cors: true })]);
    site = await startStaticServer({ pages: demoPages(server.url) });
  });
  after(() => Promise.all([browser?.close(), server?.close(), site?.close()]));

  test('scripts/demo.js prints the login and the page URL, and exits without a terminal', async () => {
    const env = { ...process.env };
    delete env.CI;
    const { stdout } = await promisify(execFile)(process.execPath, [DEMO], { env, timeout: 20_000 });
    assert.match(stdout, /Demo page with the <zulip-login> widget: http:\/\/127\.0\.0\.1:\d+\//);
    assert.match(stdout, /API key: [A-Za-z0-9]{32}/);
  });

  test('the demo page logs in with the prefilled server, under its CSP', async () => {
    const { page, errors, close } = await openPage(browser);
    try {
      await recordCspViolations(page);
      await page.setViewportSize({ width: 560, height: 720 });
      await page.goto(`${site.url}/`);
      const widget = page.locator('zulip-login');
      await page.waitForFunction(() => document.querySelector('zulip-login')?.state === 'ready');
      await widget.getByLabel('Email').fill('iago@zulip.com');
      await widget.getByLabel('Password').fill('abcd1234');
      await widget.getByLabel('Password').press('Enter');
      await page.locator('#result').getByText('email:   iago@zulip.com').waitFor();
      await screenshot(page.locator('main'), 'demo-page');
      assert.deepEqual(await page.evaluate(() => window.violations), []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
