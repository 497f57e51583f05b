// Headless Debian Chromium through playwright-core, with a fresh profile per launch.
import { chromium } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Launches Chromium (a temporary user-data-dir, removed on close).
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
}

/**
 * A new page that fails the test on any uncaught page error, and records console messages.
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<{ page: import('playwright-core').Page, errors: Error[], logs: string[],
 *   close: () => Promise<void> }>}
 */
export async function openPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {Error[]} */
  const errors = [];
  /** @type {string[]} */
  const logs = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
  return { page, errors, logs, close: () => context.close() };
}

/**
 * Makes `page` record every Content-Security-Policy violation in window.violations, as
 * "directive blocked-URI", from before any page script runs (init scripts are not subject to
 * the page's CSP).
 * @param {import('playwright-core').Page} page
 */
export function recordCspViolations(page) {
  return page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation',
      (e) => window.violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
}

/**
 * The URLs of every .wasm `page` requests from now on (one per instantiation of the module).
 * @param {import('playwright-core').Page} page
 * @returns {string[]} filled as requests go out
 */
export function recordWasmRequests(page) {
  /** @type {string[]} */
  const urls = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.wasm')) urls.push(request.url());
  });
  return urls;
}
