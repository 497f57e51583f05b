// A page with the <zulip-login> widget, served by the static server, and helpers to drive it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startStaticServer } from '../../../scripts/static_server.js';
import { waitFor } from './engines.js';

const page = (/** @type {string} */ head) => `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Log in to Zulip</title>
<meta name="viewport" content="width=device-width">${head}
<link rel="stylesheet" href="/widget-page.css">
<script src="/record.js"></script>
<main></main>
<script type="module" src="/widget-page.js"></script>
</html>`;

// A page that says nothing of color schemes: its background follows the person's preference.
const STYLE = `body { margin: 0; padding: 24px; background: #eef1f6; } zulip-login { margin: 0 auto; }
@media (prefers-color-scheme: dark) { body { background: #15171c; } }
.dark-page body { background: #15171c; }`;

// What the page saw, for every engine alike (none lets a driver listen for these the same way):
// uncaught errors and rejections, and Content-Security-Policy violations, as
// "directive blocked-URI". A classic script, so it runs before any module.
export const RECORDER = `
window.pageErrors = [];
addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.pageErrors.push(String(e.reason)));
window.violations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.violations.push(e.effectiveDirective + ' ' + e.blockedURI));
`;

// Records every zulip-login and zulip-login-verified event as it reaches the document (so: it
// bubbled and was composed).
const SCRIPT = `
import '/dist/widget.js';
window.logins = [];
document.addEventListener('zulip-login', (e) => window.logins.push(e.detail));
window.verified = [];
document.addEventListener('zulip-login-verified', (e) => window.verified.push(e.detail));
window.widgetReady = true;
`;

/**
 * Serves the widget page (and dist/, where the built widget is) from a loopback origin of its own.
 * @param {Record<string, string>} [headers] added to every answer (e.g. a CSP)
 */
export async function startWidgetSite(headers = {}) {
  const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return startStaticServer({
    headers,
    pages: {
      '/widget.html': { body: page('') },
      // A page that declares itself dark.
      '/widget-dark.html': { body: page('\n<meta name="color-scheme" content="dark">').replace('<html lang="en">', '<html lang="en" class="dark-page">') },
      '/widget-page.css': { type: 'text/css', body: STYLE },
      '/widget-page.js': { type: 'text/javascript', body: SCRIPT },
      '/record.js': { type: 'text/javascript', body: RECORDER },
      '/axe.js': { type: 'text/javascript', body: axe },
    },
  });
}

/**
 * Opens the widget page in `page` and adds a <zulip-login> with these attributes.
 * @param {import('playwright-core').Page} page
 * @param {string} siteUrl
 * @param {Record<string, string>} [attributes]
 */
export async function showWidget(page, siteUrl, attributes = {}) {
  await page.setViewportSize({ width: 520, height: 640 });
  await page.goto(`${siteUrl}/widget.html`);
  await page.waitForFunction(() => window.widgetReady);
  await page.evaluate((attrs) => {
    const widget = document.createElement('zulip-login');
    for (const [name, value] of Object.entries(attrs)) widget.setAttribute(name, value);
    document.querySelector('main').append(widget);
  }, attributes);
  return page.locator('zulip-login');
}

/**
 * Waits until the widget is in `state`.
 * @param {import('playwright-core').Page} page
 * @param {string} state
 */
export function waitForState(page, state) {
  return page.waitForFunction((s) => document.querySelector('zulip-login')?.state === s, state, { timeout: 10_000 });
}

/**
 * Opens the widget page in `tab` (any engine) and adds a <zulip-login> with these attributes.
 * @param {import('./engines.js').Tab} tab
 * @param {string} siteUrl
 * @param {Record<string, string>} [attributes]
 * @param {string} [path] the page: /widget.html, or /widget-dark.html that declares itself dark
 */
export async function openWidget(tab, siteUrl, attributes = {}, path = '/widget.html') {
  await tab.goto(`${siteUrl}${path}`);
  await waitFor(tab, () => /** @type {any} */ (window).widgetReady);
  await tab.evaluate((attrs) => {
    const widget = document.createElement('zulip-login');
    for (const [name, value] of Object.entries(attrs)) widget.setAttribute(name, value);
    document.querySelector('main')?.append(widget);
  }, attributes);
}

/**
 * Waits until the widget in `tab` (any engine) is in `state`.
 * @param {import('./engines.js').Tab} tab
 * @param {string} state
 */
export function untilState(tab, state) {
  return waitFor(tab, (s) => /** @type {any} */ (document.querySelector('zulip-login'))?.state === s, state);
}
