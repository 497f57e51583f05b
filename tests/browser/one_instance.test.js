// The shipped browser modules on a plain page: importing the package's entry and its widget
// instantiates the wasm once (the widget imports ./browser.js, the same module), and the
// minified bundle keeps the error classes' names and identity.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { launchChromium, openPage, recordWasmRequests } from './helpers/chromium.js';
import { startStaticServer } from '../../scripts/static_server.js';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/** A page whose module script imports `entry` and the widget, shows one, then aborts a login. */
const APP = (/** @type {string} */ entry) => `
import * as zfak from '${entry}';
import '/dist/widget.js';
document.body.append(document.createElement('zulip-login')); // the widget loads the wasm
const error = await zfak.login({ realm: 'chat.example.com', username: 'me', password: 'pw', signal: AbortSignal.abort() })
  .catch((e) => e);
await zfak.ready(); // the aborted login rejects at once, without waiting for the load
window.outcome = {
  widgetDefined: customElements.get('zulip-login') !== undefined,
  normalized: zfak.normalizeRealmUrl(' Chat.Zulip.org/ '),
  name: error.name,
  code: error.code,
  isAbortError: error instanceof zfak.AbortError,
  isZulipError: error instanceof zfak.ZulipError && error instanceof Error,
  classNames: ['ZulipError', 'ZulipApiError', 'NetworkError', 'TimeoutError', 'AbortError', 'ServerError',
    'UnexpectedRedirectError', 'MalformedResponseError', 'InvalidInputError'].map((name) => zfak[name].name),
};
`;

/** A page that says the .wasm is where it is not. */
const LOST = `
import * as zfak from '/dist/browser.js';
const error = await zfak.ready({ wasm: '/nowhere/zulip_fetch_api_key.wasm' }).catch((e) => e);
const again = await zfak.login({ realm: 'chat.example.com', username: 'me', password: 'pw' }).catch((e) => e);
window.outcome = { code: error.code, message: error.message, isZulipError: error instanceof zfak.ZulipError, sameOnCall: again.code };
`;

/** A page whose entry lives where the .wasm is not (a CDN or asset pipeline), told where it is. */
const ELSEWHERE = `
import * as zfak from '/cdn/js/browser.js';
const before = (() => { try { zfak.normalizeRealmUrl('chat.zulip.org'); } catch (e) { return e.code; } })();
await zfak.ready({ wasm: '/dist/zulip_fetch_api_key.wasm' });
window.outcome = { before, normalized: zfak.normalizeRealmUrl(' Chat.Zulip.org/ ') };
`;

/** A module Worker using the package, and the page that starts it. */
const WORKER = `
import { ready, normalizeRealmUrl, login } from '/dist/browser.js';
await ready();
const error = await login({ realm: 'chat.example.com', username: 'me', password: 'pw', signal: AbortSignal.abort() })
  .catch((e) => e);
postMessage({ normalized: normalizeRealmUrl(' Chat.Zulip.org/ '), code: error.code });
`;
const WORKER_PAGE = `
const worker = new Worker('/worker.js', { type: 'module' });
worker.onmessage = (event) => { window.outcome = event.data; };
worker.onerror = (event) => { window.outcome = { error: event.message }; };
`;

const page = (/** @type {string} */ script) => ({
  body: `<!doctype html><meta charset="utf-8"><title>one instance</title><script type="module" src="${script}"></script>`,
  headers: { 'Content-Security-Policy': CSP },
});

describe('the package entry and the widget on one page', () => {
  let browser, site;
  before(async () => {
    browser = await launchChromium();
    site = await startStaticServer({
      dirs: ['dist'],
      pages: {
        '/one.html': page('/one.js'),
        '/one.js': { type: 'text/javascript', body: APP('/dist/browser.js') },
        '/lost.html': page('/lost.js'),
        '/lost.js': { type: 'text/javascript', body: LOST },
        '/worker.html': page('/worker-page.js'),
        '/worker-page.js': { type: 'text/javascript', body: WORKER_PAGE },
        '/worker.js': { type: 'text/javascript', body: WORKER },
        '/elsewhere.html': page('/elsewhere.js'),
        '/elsewhere.js': { type: 'text/javascript', body: ELSEWHERE },
        '/cdn/js/browser.js': { type: 'text/javascript', body: await readFile(new URL('../../dist/browser.js', import.meta.url), 'utf8') },
        // The same file under another URL is another module: the control case.
        '/two.html': page('/two.js'),
        '/two.js': { type: 'text/javascript', body: APP('/dist/browser.js?again') },
      },
    });
  });
  after(() => Promise.all([browser?.close(), site?.close()]));

  /** Loads `path` and answers the page's outcome and the .wasm requests it made. */
  async function load(path) {
    const { page: tab, errors, close } = await openPage(browser);
    try {
      const wasmRequests = recordWasmRequests(tab);
      await tab.goto(`${site.url}${path}`);
      const outcome = await tab.waitForFunction(() => window.outcome).then((h) => h.jsonValue());
      assert.deepEqual(errors, []);
      return { outcome, wasmRequests };
    } finally {
      await close();
    }
  }

  test('importing dist/browser.js and dist/widget.js fetches and instantiates the wasm once', async () => {
    const { outcome, wasmRequests } = await load('/one.html');
    assert.deepEqual(wasmRequests, [`${site.url}/dist/zulip_fetch_api_key.wasm`]);
    assert.equal(outcome.widgetDefined, true);
    assert.equal(outcome.normalized, 'https://chat.zulip.org');
  });

  test('the minified errors keep their names and classes: AbortError is an AbortError and a ZulipError', async () => {
    const { outcome } = await load('/one.html');
    assert.equal(outcome.code, 'ABORTED');
    assert.equal(outcome.name, 'AbortError');
    assert.equal(outcome.isAbortError, true);
    assert.equal(outcome.isZulipError, true);
    assert.deepEqual(outcome.classNames, ['ZulipError', 'ZulipApiError', 'NetworkError', 'TimeoutError', 'AbortError',
      'ServerError', 'UnexpectedRedirectError', 'MalformedResponseError', 'InvalidInputError']);
  });

  test('a .wasm that cannot be loaded: ready() and the first call reject with WASM_LOAD_FAILED, naming the URL', async () => {
    const { outcome } = await load('/lost.html');
    assert.equal(outcome.code, 'WASM_LOAD_FAILED');
    assert.equal(outcome.isZulipError, true);
    assert.equal(outcome.sameOnCall, 'WASM_LOAD_FAILED');
    assert.match(outcome.message, new RegExp(`“${site.url}/nowhere/zulip_fetch_api_key\\.wasm”: “HTTP 404”`));
  });

  test('in a module Worker: ready(), then normalizeRealmUrl and login', async () => {
    const { outcome, wasmRequests } = await load('/worker.html');
    assert.deepEqual(outcome, { normalized: 'https://chat.zulip.org', code: 'ABORTED' });
    assert.deepEqual(wasmRequests, [`${site.url}/dist/zulip_fetch_api_key.wasm`]);
  });

  test('the entry where the .wasm is not: ready({ wasm: url }) loads it from there, and only from there', async () => {
    const { outcome, wasmRequests } = await load('/elsewhere.html');
    assert.deepEqual(outcome, { before: 'NOT_READY', normalized: 'https://chat.zulip.org' });
    assert.deepEqual(wasmRequests, [`${site.url}/dist/zulip_fetch_api_key.wasm`]);
  });

  test('a second copy of the entry (another URL) is a second instantiation: the count above can fail', async () => {
    const { wasmRequests } = await load('/two.html');
    assert.equal(wasmRequests.length, 2, wasmRequests.join('\n'));
  });
});
