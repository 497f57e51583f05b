// A built page in headless Chromium: the widget shows, logging in through it fires `zulip-login`,
// and the page's own script logs in too (tests/compat/page/). A failure says what the page said:
// its uncaught errors, its console errors and the requests that failed (a .wasm 404, say).
import assert from 'node:assert/strict';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { startDevServer } from '../../../devserver/server.js';
import { startStaticServer } from '../../../scripts/static_server.js';
import { launchChromium, openPage } from '../../browser/helpers/chromium.js';
import { row } from './matrix.js';
import { setUpProject, timedScript, toolVersion } from './project.js';

const EMAIL = 'iago@zulip.com';

/**
 * Serves `root` (every file below it) and logs in on `pathname` there, through the widget and by
 * the page's script. Throws, with what the page reported, unless both give iago's email.
 * @param {string} root
 * @param {string} [pathname]
 */
export async function assertPageLogsIn(root, pathname = '/index.html') {
  const [browser, devserver, site] = await Promise.all([
    launchChromium(), startDevServer({ cors: true }), startStaticServer({ root, dirs: [''] }),
  ]);
  try {
    await logInOnPage(browser, `${site.url}${pathname}?realm=${encodeURIComponent(devserver.url)}`, devserver.url);
  } finally {
    await Promise.all([browser.close(), devserver.close(), site.close()]);
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the page
 * @param {string} realm the devserver
 */
export async function logInOnPage(browser, url, realm) {
  const { page, errors, logs, close } = await openPage(browser);
  /** @type {string[]} */
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
  try {
    await page.goto(url);
    const widget = page.locator('zulip-login');
    await widget.getByLabel('Server URL').fill(realm, { timeout: 10_000 });
    await widget.getByLabel('Email').fill(EMAIL);
    await widget.getByLabel('Password').fill('abcd1234');
    await widget.getByRole('button', { name: 'Log in' }).click();
    const result = page.locator('#result');
    await page.waitForFunction(() => {
      const data = /** @type {HTMLElement} */ (document.querySelector('#result')).dataset;
      return data.widget && data.script;
    }, undefined, { timeout: 15_000 });
    assert.equal(await result.getAttribute('data-script'), EMAIL, 'the page script logs in');
    assert.equal(await result.getAttribute('data-widget'), EMAIL, 'the widget logs in');
    assert.deepEqual(errors.map(String), [], 'no uncaught error');
  } catch (error) {
    const said = [...errors.map(String), ...logs.filter((l) => l.startsWith('error')), ...failed];
    throw new Error(`${said.length ? said.join('\n') : 'the page reported nothing'}\n${/** @type {Error} */ (error).message}`, { cause: error });
  } finally {
    await close();
  }
}

// The page's scripts are about 35 kB: a bundle far larger has pulled in Node polyfills.
const MAX_SCRIPT_BYTES = 100_000;

/**
 * The row of a bundler: its project (tests/compat/projects/<id>/, with the shared page) is built
 * with `npm run build`, its scripts stay within MAX_SCRIPT_BYTES, and the page it writes to `out`
 * logs in.
 * @param {string} id
 * @param {{ target: string, tool: string, out?: string }} options
 */
export function bundledPageRow(id, { target, tool, out = 'dist' }) {
  row(id, { target, tool }, async (measures) => {
    measures.version = await toolVersion(tool);
    const dir = await setUpProject(id, { page: true });
    measures.buildSeconds = await timedScript(dir);
    const scripts = await scriptBytes(path.join(dir, out));
    assert.ok(scripts <= MAX_SCRIPT_BYTES, `the page's scripts weigh ${scripts} bytes (Node polyfills?)`);
    await assertPageLogsIn(path.join(dir, out));
  });
}

/** @param {string} dir the bytes of every .js file below it */
async function scriptBytes(dir) {
  const files = (await readdir(dir, { recursive: true })).filter((f) => /\.m?js$/.test(f));
  const sizes = await Promise.all(files.map(async (f) => (await stat(path.join(dir, f))).size));
  return sizes.reduce((a, b) => a + b, 0);
}
