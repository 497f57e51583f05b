// A built page in headless Chromium: the widget shows, logging in through it fires `zulip-login`,
// and the page's own script logs in too (tests/compat/page/). A failure says what the page said:
// its uncaught errors, its console errors and the requests that failed (a .wasm 404, say).
import assert from 'node:assert/strict';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { startDevServer } from '../../../devserver/server.js';
import { startStaticServer } from '../../../scripts/static_server.js';
import { launchChromium, openPage } from '../../browser/helpers/chromium.js';
import { row, timed } from './matrix.js';
import { runScript, setUpProject, toolVersion } from './project.js';

export const EMAIL = 'iago@zulip.com';

/**
 * Serves `root` (every file below it; or uses the server at `root` when it is an http:// URL),
 * opens `pathname?realm=<a devserver>` in Chromium and lets `drive` check it. A failure says what
 * the page reported.
 * @param {string} root
 * @param {string} pathname
 * @param {(page: import('playwright-core').Page, realm: string) => Promise<void>} drive
 * @param {(page: import('playwright-core').Page) => Promise<unknown>} [prepare] before the page loads
 */
export async function onPage(root, pathname, drive, prepare) {
  const [browser, devserver, site] = await Promise.all([
    launchChromium(), startDevServer({ cors: true }),
    root.startsWith('http://') ? { url: root, close: async () => {} } : startStaticServer({ root, dirs: [''] }),
  ]);
  const { page, errors, logs, close } = await openPage(browser);
  /** @type {string[]} */
  const failed = [];
  // The context's requests: the page's and its workers'.
  page.context().on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.context().on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
  try {
    await prepare?.(page);
    await page.goto(`${site.url}${pathname}?realm=${encodeURIComponent(devserver.url)}`);
    await drive(page, devserver.url);
    assert.deepEqual(errors.map(String), [], 'no uncaught error');
  } catch (error) {
    const said = [...new Set([...errors.map(String), ...failed, ...logs.filter((l) => l.startsWith('error'))])];
    throw new Error(`${said.length ? said.join('\n') : 'the page reported nothing'}\n${/** @type {Error} */ (error).message}`, { cause: error });
  } finally {
    await close();
    await Promise.all([browser.close(), devserver.close(), site.close()]);
  }
}

/**
 * The page's result, once its script has written it into #result's data-`key`.
 * @param {import('playwright-core').Page} page
 * @param {string} key
 */
export async function pageResult(page, key) {
  const result = page.locator(`#result[data-${key}]`);
  await result.waitFor({ state: 'attached', timeout: 15_000 });
  return result.getAttribute(`data-${key}`);
}

/**
 * Logs in through the widget (which must show) and checks that both the widget's zulip-login
 * event and the page script's own login (tests/compat/page/main.js) gave iago's email.
 * @param {import('playwright-core').Page} page
 * @param {string} realm
 */
export async function logInThroughWidget(page, realm) {
  const widget = page.locator('zulip-login');
  await widget.getByLabel('Server URL').fill(realm, { timeout: 10_000 });
  await widget.getByLabel('Email').fill(EMAIL);
  await widget.getByLabel('Password').fill('abcd1234');
  await widget.getByRole('button', { name: 'Log in' }).click();
  assert.equal(await pageResult(page, 'script'), EMAIL, 'the page script logs in');
  assert.equal(await pageResult(page, 'widget'), EMAIL, 'the widget logs in');
}

// The page's scripts (the package, the widget and, where a bundler emits them, the widget's other
// languages) weigh 35 to 140 kB; Parcel's bundle of the Node build with its Node polyfills
// weighed 813 kB.
const MAX_SCRIPT_BYTES = 250_000;

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
    await timed(measures, () => runScript(dir));
    const scripts = await scriptBytes(path.join(dir, out));
    assert.ok(scripts <= MAX_SCRIPT_BYTES, `the page's scripts weigh ${scripts} bytes (Node polyfills?)`);
    await onPage(path.join(dir, out), '/index.html', logInThroughWidget);
  });
}

/** @param {string} dir the bytes of every .js file below it */
async function scriptBytes(dir) {
  const files = (await readdir(dir, { recursive: true })).filter((f) => /\.m?js$/.test(f));
  const sizes = await Promise.all(files.map(async (f) => (await stat(path.join(dir, f))).size));
  return sizes.reduce((a, b) => a + b, 0);
}
