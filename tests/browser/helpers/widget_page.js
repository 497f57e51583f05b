// A page with the <zulip-login> widget, served by the static server, and helpers to drive it.
import { startStaticServer } from '../../../scripts/static_server.js';

const PAGE = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Log in to Zulip</title>
<meta name="viewport" content="width=device-width">
<style>body { margin: 0; padding: 24px; background: #eef1f6; } zulip-login { margin: 0 auto; }</style>
<main></main>
<script type="module" src="/widget-page.js"></script>
</html>`;

// Records every zulip-login event as it reaches the document (so: it bubbled and was composed).
const SCRIPT = `
import '/dist/widget.js';
window.logins = [];
document.addEventListener('zulip-login', (e) => window.logins.push(e.detail));
window.widgetReady = true;
`;

/**
 * Serves the widget page (and dist/, where the built widget is) from a loopback origin of its own.
 * @param {Record<string, string>} [headers] added to every answer (e.g. a CSP)
 */
export function startWidgetSite(headers = {}) {
  return startStaticServer({
    headers,
    pages: { '/widget.html': { body: PAGE }, '/widget-page.js': { type: 'text/javascript', body: SCRIPT } },
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
