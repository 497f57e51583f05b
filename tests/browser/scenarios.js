// The browser scenarios, written once and run in each engine (tests/browser/engine_*.test.js,
// through the driver interface of helpers/engines.js): the ES module under a strict CSP,
// cross-origin; the CSP control case; a server without CORS; the widget's whole journey;
// languages; IDN hosts against the engine's own URL; redirects refused; the color schemes and
// forced colors; and an axe-core audit (WCAG 2.2 AA) of every state of the widget, light and dark.
// Each engine's run writes its row of the compatibility table (tests/browser/report.js).
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { normalizeUser } from '../../devserver/config.js';
import { startDevServer } from '../../devserver/server.js';
import { startStaticServer } from '../../scripts/static_server.js';
import { devServerOptions } from './helpers/devservers.js';
import { launch, waitFor } from './helpers/engines.js';
import { openWidget, RECORDER, startWidgetSite, untilState } from './helpers/widget_page.js';

/** Where each engine's run leaves its row (read by tests/browser/report.js). */
export const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/browsers');

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src *";
// Without 'wasm-unsafe-eval' the page may not run WebAssembly: the control case.
const NO_WASM_CSP = "default-src 'self'; script-src 'self'; connect-src *";

// What each engine does with WebAssembly under NO_WASM_CSP. Chromium and Firefox refuse to
// compile and report a violation; WebKit compiles, refuses to instantiate, and reports nothing.
const NO_WASM = {
  chromium: { compile: 'refused', instantiate: 'not reached', violation: true },
  firefox: { compile: 'refused', instantiate: 'not reached', violation: true },
  webkit: { compile: 'passed', instantiate: 'refused', violation: false },
};

const MODULE_LOGIN = `
import { login } from '/dist/browser.js';
const realm = new URLSearchParams(location.search).get('realm');
login({ realm, username: 'iago@zulip.com', password: 'abcd1234' }).then(
  (result) => { window.outcome = { result }; },
  (error) => { window.outcome = { code: error.code, message: error.message }; });
`;

// The smallest module there is (magic number and version): it needs no imports, so whatever
// refuses it is the CSP.
const WASM_CONTROL = `
import { login } from '/dist/browser.js';
const realm = new URLSearchParams(location.search).get('realm');
const EMPTY = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
const step = (run) => run().then(() => 'passed', () => 'refused');
let module;
const compile = await step(async () => { module = await WebAssembly.compile(EMPTY); });
const instantiate = module ? await step(() => WebAssembly.instantiate(module)) : 'not reached';
const error = await login({ realm, username: 'iago@zulip.com', password: 'abcd1234' }).then(() => ({}), (e) => e);
// Violation events are queued as tasks of their own: give them time to arrive.
await new Promise((resolve) => setTimeout(resolve, 300));
window.outcome = { compile, instantiate, code: error.code, violations: window.violations };
`;

const IDN_NAMES = ['مثال.إختبار', 'בדיקה.טעסט', 'ตัวอย่าง.ไทย', 'उदाहरण.परीक्षा', 'straße.de', 'ς.gr',
  'Bücher.example', '☃.com', 'ＡＢＣ．ｃｏｍ', 'xn--bcher-kva.example', 'xn--abc', 'a\u200Db.com'];

// The core converts hosts with the page's own WHATWG URL: normalizeRealmUrl names the host the
// engine's fetch would contact, and the login request goes to it.
const IDN = `
import * as zfak from '/dist/browser.js';
await zfak.ready(); // normalizeRealmUrl is synchronous: the module must be loaded first
const outcome = [];
for (const name of ${JSON.stringify(IDN_NAMES)}) {
  let ours;
  try { ours = zfak.normalizeRealmUrl(name); } catch (error) { ours = error.code; }
  let engine;
  try { engine = new URL('https://' + name).origin; } catch { engine = 'INVALID_REALM_URL'; }
  outcome.push({ name, ours, engine });
}
const urls = [];
await zfak.fetchApiKey({
  realm: 'https://مثال.إختبار', username: 'me', password: 'pw',
  fetch: (url) => { urls.push(String(url)); return Promise.reject(new TypeError('recorded')); },
}).catch(() => {});
window.outcome = { names: outcome, urls };
`;

const modulePage = (/** @type {string} */ script, /** @type {string} */ csp) => ({
  body: `<!doctype html><meta charset="utf-8"><title>module</title><script src="/record.js"></script>
<script type="module" src="${script}"></script>`,
  headers: { 'Content-Security-Policy': csp },
});

/** A promise and its resolve, to hold a server's answer until the scenario lets it go. */
function gate() {
  /** @type {(value: undefined) => void} */
  let open = () => {};
  const opened = new Promise((resolve) => { open = resolve; });
  return { opened, open };
}

// Read in the page, from the widget's shadow root.
/** @param {string} selector */
const text = (selector) => /** @type {string} */ (
  /** @type {any} */ (document.querySelector('zulip-login')).shadowRoot.querySelector(selector)?.textContent ?? '');
const focused = () => /** @type {any} */ (document.querySelector('zulip-login')).shadowRoot.activeElement?.id;
/** @param {[string, string]} arg selector, attribute */
const attribute = ([selector, name]) => /** @type {any} */ (document.querySelector('zulip-login'))
  .shadowRoot.querySelector(selector)?.getAttribute(name);
/** @param {string} selector */
const value = (selector) => /** @type {any} */ (document.querySelector('zulip-login')).shadowRoot.querySelector(selector).value;

/** The form's colors as computed: background, text, and the edges of its fields and buttons. */
function formColors() {
  const root = /** @type {any} */ (document.querySelector('zulip-login')).shadowRoot;
  const form = getComputedStyle(root.querySelector('form'));
  // The edge of every field and button that shows, as "id style width".
  const edges = [...root.querySelectorAll('input, button')].filter((e) => e.getClientRects().length > 0)
    .map((e) => `${e.id || e.type} ${getComputedStyle(e).borderTopStyle} ${getComputedStyle(e).borderTopWidth}`);
  return {
    background: form.backgroundColor, text: form.color, edges,
    forcedColors: matchMedia('(forced-colors: active)').matches,
  };
}

/** Sets the page's own colors on the widget through its custom properties (CSSOM: the CSP
 * refuses style attributes) and answers the form's background and text as computed. */
function customColors() {
  const el = /** @type {HTMLElement} */ (document.querySelector('zulip-login'));
  el.style.setProperty('--zulip-login-background', 'rgb(1, 2, 3)');
  el.style.setProperty('--zulip-login-text', 'rgb(250, 240, 230)');
  const form = getComputedStyle(/** @type {any} */ (el).shadowRoot.querySelector('form'));
  return [form.backgroundColor, form.color];
}
const CUSTOM = ['rgb(1, 2, 3)', 'rgb(250, 240, 230)'];

/** Relative luminance (WCAG) of a computed rgb()/rgba() color. */
function luminance(/** @type {string} */ color) {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Runs axe-core on the widget at WCAG 2.2 AA: answers its version and each violation as "rule: targets". */
async function audit(/** @type {import('./helpers/engines.js').Tab} */ tab) {
  return tab.evaluate(async () => {
    const w = /** @type {any} */ (window);
    if (!w.axe) {
      const script = document.createElement('script');
      script.src = '/axe.js';
      await new Promise((resolve, reject) => { script.onload = resolve; script.onerror = reject; document.head.append(script); });
    }
    const { violations } = await w.axe.run(document.querySelector('zulip-login'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return {
      version: w.axe.version,
      violations: violations.map((/** @type {any} */ v) => `${v.id}: ${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')}`),
    };
  });
}

/** Content-Security-Policy violations the page saw. */
const violations = (/** @type {import('./helpers/engines.js').Tab} */ tab) => tab.evaluate(() => /** @type {any} */ (window).violations ?? []);

/** Uncaught errors the page saw. */
const pageErrors = (/** @type {import('./helpers/engines.js').Tab} */ tab) => tab.evaluate(() => /** @type {any} */ (window).pageErrors);

/**
 * Defines every scenario as node:test tests for `engine`, and writes its results row when done.
 * @param {'chromium' | 'firefox' | 'webkit'} engine
 */
export function runScenarios(engine) {
  const results = { engine, version: '', scenarios: 0, passed: 0, forcedColors: false, axe: '', audits: 0, seconds: 0 };
  const started = Date.now();
  /** @type {any} */
  let hook;
  /** @type {any} */
  let server;
  /** @type {any} */
  let withoutCors;
  /** @type {any} */
  let site;
  /** @type {any} */
  let moduleSite;
  const sub = (/** @type {string} */ name) => `http://${name}.localhost:${server.port}`;

  /**
   * One scenario: a test on a fresh tab of `getBrowser()`, counted in the results, that fails
   * on any uncaught error in the page, and on any CSP violation unless `run` checks them itself.
   * @param {string} name
   * @param {() => import('./helpers/engines.js').Browser} getBrowser
   * @param {(tab: import('./helpers/engines.js').Tab) => Promise<void>} run
   * @param {{ checksViolations?: boolean }} [options]
   */
  function scenario(name, getBrowser, run, { checksViolations = false } = {}) {
    results.scenarios++;
    test(name, async () => {
      hook.intercept = undefined;
      server.resetRateLimits(); // the same wrong password is tried by several scenarios
      const tab = await getBrowser().newTab();
      try {
        await run(tab);
        assert.deepEqual(await pageErrors(tab), []);
        if (!checksViolations) assert.deepEqual(await violations(tab), []);
      } finally {
        await tab.close();
      }
      results.passed++;
    });
  }

  /** An axe-core audit of the widget that must find nothing, counted in the results. */
  async function noViolation(/** @type {import('./helpers/engines.js').Tab} */ tab) {
    const { version, violations } = await audit(tab);
    results.axe = version;
    assert.deepEqual(violations, []);
    results.audits++;
  }

  before(async () => {
    const dev = devServerOptions();
    hook = dev.hook;
    [server, withoutCors, site, moduleSite] = await Promise.all([
      startDevServer(dev.options), startDevServer(), startWidgetSite({ 'Content-Security-Policy': CSP }),
      startStaticServer({
        dirs: ['dist'],
        pages: {
          '/record.js': { type: 'text/javascript', body: RECORDER },
          '/strict.html': modulePage('/login.js', CSP),
          '/login.js': { type: 'text/javascript', body: MODULE_LOGIN },
          '/no-wasm.html': modulePage('/control.js', NO_WASM_CSP),
          '/control.js': { type: 'text/javascript', body: WASM_CONTROL },
          '/idn.html': modulePage('/idn.js', CSP),
          '/idn.js': { type: 'text/javascript', body: IDN },
        },
      }),
    ]);
  });
  after(async () => {
    await Promise.all([server?.close(), withoutCors?.close(), site?.close(), moduleSite?.close()]);
    results.seconds = Math.round((Date.now() - started) / 100) / 10;
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(path.join(RESULTS_DIR, `${engine}.json`), `${JSON.stringify(results, null, 2)}\n`);
  });

  /** Fills the form's credentials and submits with the keyboard. */
  async function logIn(/** @type {import('./helpers/engines.js').Tab} */ tab, /** @type {string} */ username, /** @type {string} */ password) {
    await tab.fill('#username', username);
    await tab.fill('#password', password);
    await tab.press('#password', 'Enter');
  }

  // The states a person meets, each reached the way a person reaches it. Each answers a
  // function that lets held answers go.
  /** Shows the widget on `page` with `attributes`, and waits for `state`. */
  async function shown(/** @type {import('./helpers/engines.js').Tab} */ tab, /** @type {string | undefined} */ page,
    /** @type {Record<string, string>} */ attributes, /** @type {string} */ state) {
    await openWidget(tab, site.url, attributes, page);
    await untilState(tab, state);
  }
  /** A widget that has looked the server up, and a login submitted. */
  async function submitted(/** @type {import('./helpers/engines.js').Tab} */ tab, /** @type {string | undefined} */ page,
    /** @type {string} */ username, password = 'abcd1234') {
    await shown(tab, page, { realm: server.url }, 'ready');
    await logIn(tab, username, password);
  }
  /** Holds the server's answers to `path` until the function answered is called. */
  function hold(/** @type {string} */ path) {
    const held = gate();
    hook.intercept = (/** @type {any} */ r) => (r.path === path ? held.opened : undefined);
    return () => held.open(undefined);
  }
  const nothingHeld = () => {};
  /** Shows the widget on `page` and hands it hamlet's saved key (or `apiKey`): a page's own call. */
  async function savedKey(/** @type {import('./helpers/engines.js').Tab} */ tab, /** @type {string | undefined} */ page,
    apiKey = normalizeUser({ email: 'hamlet@zulip.com' }).apiKey) {
    await openWidget(tab, site.url, {}, page);
    await tab.evaluate((saved) => {
      /** @type {any} */ (document.querySelector('zulip-login')).loginWithSavedKey(saved).catch(() => {});
    }, { realm: server.url, email: 'hamlet@zulip.com', apiKey });
  }

  // The states a person meets, each reached the way a person reaches it. Each answers a
  // function that lets held answers go.
  /** @type {Record<string, (tab: import('./helpers/engines.js').Tab, page?: string) => Promise<() => void>>} */
  const STATES = {
    idle: async (tab, page) => {
      await shown(tab, page, {}, 'idle');
      return nothingHeld;
    },
    'looking-up': async (tab, page) => {
      const release = hold('/api/v1/server_settings');
      await shown(tab, page, { realm: server.url }, 'looking-up');
      return release;
    },
    ready: async (tab, page) => {
      await shown(tab, page, { realm: server.url }, 'ready');
      return nothingHeld;
    },
    'password-off': async (tab, page) => {
      await shown(tab, page, { realm: sub('sso') }, 'password-off');
      return nothingHeld;
    },
    busy: async (tab, page) => {
      const release = hold('/api/v1/fetch_api_key');
      await submitted(tab, page, 'iago@zulip.com');
      await untilState(tab, 'busy');
      return release;
    },
    error: async (tab, page) => {
      await submitted(tab, page, 'hamlet@zulip.com', 'wrong');
      await untilState(tab, 'error');
      return nothingHeld;
    },
    'rate-limited': async (tab, page) => {
      hook.intercept = (/** @type {any} */ r) => (r.path === '/api/v1/fetch_api_key'
        ? { status: 429, headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ result: 'error', code: 'RATE_LIMIT_HIT', msg: 'API usage exceeded rate limit', 'retry-after': 30 }) }
        : undefined);
      await submitted(tab, page, 'iago@zulip.com');
      await waitFor(tab, () => /** @type {any} */ (document.querySelector('zulip-login')).shadowRoot
        .querySelector('#message').textContent.match(/Try again in \d+ seconds/) !== null);
      return nothingHeld;
    },
    success: async (tab, page) => {
      await submitted(tab, page, 'iago@zulip.com');
      await untilState(tab, 'success');
      return nothingHeld;
    },
    checking: async (tab, page) => {
      const release = hold('/api/v1/users/me');
      await savedKey(tab, page);
      await untilState(tab, 'checking');
      return release;
    },
    'logged-in': async (tab, page) => {
      await savedKey(tab, page);
      await untilState(tab, 'logged-in');
      return nothingHeld;
    },
    'check-failed': async (tab, page) => {
      hook.intercept = (/** @type {any} */ r) => (r.path === '/api/v1/users/me' && r.method === 'GET'
        ? { status: 502, body: 'Bad gateway' } : undefined);
      await savedKey(tab, page);
      await untilState(tab, 'check-failed');
      return nothingHeld;
    },
    'saved-key-refused': async (tab, page) => {
      await savedKey(tab, page, 'A'.repeat(32));
      await waitFor(tab, () => /** @type {any} */ (document.querySelector('zulip-login')).shadowRoot
        .querySelector('#message').textContent.startsWith('Your saved login no longer works'));
      await untilState(tab, 'ready');
      return nothingHeld;
    },
  };

  describe(`${engine}: the module and the widget`, () => {
    /** @type {import('./helpers/engines.js').Browser} */
    let browser;
    const current = () => browser;
    before(async () => {
      browser = await launch(engine);
      results.version = browser.version;
      results.forcedColors = browser.forcedColors;
    });
    after(() => browser?.close());

    scenario("the ES module under a strict CSP ('wasm-unsafe-eval'), cross-origin: logs in, no violation", current, async (tab) => {
      await tab.goto(`${moduleSite.url}/strict.html?realm=${encodeURIComponent(server.url)}`);
      const outcome = await waitFor(tab, () => /** @type {any} */ (window).outcome);
      assert.equal(outcome.result?.email, 'iago@zulip.com', JSON.stringify(outcome));
      assert.match(outcome.result.apiKey, /^[A-Za-z0-9]{32}$/);
      assert.notEqual(new URL(moduleSite.url).origin, new URL(server.url).origin);
      assert.deepEqual(await tab.evaluate(() => /** @type {any} */ (window).violations), []);
    });

    const expected = NO_WASM[engine];
    scenario(`without 'wasm-unsafe-eval': WebAssembly refused at ${expected.compile === 'refused' ? 'compile' : 'instantiate'}`
      + `, ${expected.violation ? 'a' : 'no'} violation event; login() says WASM_LOAD_FAILED`, current, async (tab) => {
      await tab.goto(`${moduleSite.url}/no-wasm.html?realm=${encodeURIComponent(server.url)}`);
      const outcome = await waitFor(tab, () => /** @type {any} */ (window).outcome);
      assert.equal(outcome.compile, expected.compile);
      assert.equal(outcome.instantiate, expected.instantiate);
      assert.equal(outcome.code, 'WASM_LOAD_FAILED');
      assert.equal(outcome.violations.some((/** @type {string} */ v) => v.startsWith('script-src')), expected.violation,
        outcome.violations.join('\n'));
    }, { checksViolations: true });

    scenario('a server without CORS headers: NETWORK_ERROR in words that mention CORS, and no password sent', current, async (tab) => {
      await openWidget(tab, site.url);
      await tab.fill('#realm', `http://localhost:${withoutCors.port}`);
      await waitFor(tab, () => /** @type {any} */ (document.querySelector('zulip-login')).shadowRoot
        .querySelector('#realm-hint[data-kind="error"]') !== null);
      assert.match(await tab.evaluate(text, '#realm-hint'), /CORS/);
      await logIn(tab, 'iago@zulip.com', 'abcd1234');
      await untilState(tab, 'error');
      assert.match(await tab.evaluate(text, '#message'), /CORS/);
      assert.equal(await tab.evaluate(focused), 'realm');
      assert.deepEqual(withoutCors.requests.filter((/** @type {any} */ r) => r.method === 'POST'), []);
    });

    scenario('the widget, cross-origin under a strict CSP: lookup, a wrong password, then a login and its event', current, async (tab) => {
      const seen = server.requests.length;
      const release = hold('/api/v1/server_settings');
      await shown(tab, undefined, { realm: server.url }, 'looking-up');
      assert.match(await tab.evaluate(text, '#realm-hint'), /Looking up/);
      release();
      await untilState(tab, 'ready');
      assert.match(await tab.evaluate(text, '#realm-hint'), /Zulip Dev/);
      assert.equal(await tab.evaluate(text, '#username-label'), 'Email');

      await logIn(tab, 'hamlet@zulip.com', 'wrong');
      await untilState(tab, 'error');
      assert.match(await tab.evaluate(text, '#message'), /username or password is incorrect/);
      assert.equal(await tab.evaluate(focused), 'password');
      assert.equal(await tab.evaluate(attribute, ['#password', 'aria-invalid']), 'true');
      assert.equal(await tab.evaluate(value, '#password'), '');

      const password = 'Pw-unique-7f3a9';
      await logIn(tab, 'olivia@zulip.com', password);
      await untilState(tab, 'success');
      const logins = await tab.evaluate(() => /** @type {any} */ (window).logins);
      assert.equal(logins.length, 1);
      assert.deepEqual(Object.keys(logins[0]).sort(), ['apiKey', 'email', 'realm', 'userId']);
      assert.match(logins[0].apiKey, /^[A-Za-z0-9]{32}$/);
      assert.deepEqual({ ...logins[0], apiKey: '' }, { apiKey: '', email: 'olivia@zulip.com', userId: 20, realm: server.url });
      assert.match(await tab.evaluate(text, '#message'), /Logged in as olivia@zulip\.com/);
      assert.equal(await tab.evaluate(value, '#password'), '');

      const sent = server.requests.slice(seen);
      assert.deepEqual(sent.filter((/** @type {any} */ r) => r.method === 'OPTIONS'), [], 'no preflight');
      const posts = sent.filter((/** @type {any} */ r) => r.method === 'POST');
      assert.equal(posts.length, 2);
      for (const post of posts) {
        assert.equal(post.headers.origin, site.url, 'the request was cross-origin');
        assert.equal(post.headers['content-type'], 'application/x-www-form-urlencoded');
        assert.equal(post.headers.cookie, undefined);
      }
      const traces = await tab.evaluate(() => {
        const el = /** @type {any} */ (document.querySelector('zulip-login'));
        return [document.documentElement.outerHTML, el.shadowRoot.innerHTML,
          JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie].join('\n');
      });
      assert.ok(!traces.includes(password), 'the password is in the page or storage');
    });

    scenario('a saved key: "Logged in as …" after a CORS preflight for Authorization; the key in no text, attribute or event', current, async (tab) => {
      const seen = server.requests.length;
      await STATES['logged-in'](tab);
      assert.equal(await tab.evaluate(text, '#message'), 'Logged in as hamlet (hamlet@zulip.com).');
      const verified = await tab.evaluate(() => /** @type {any} */ (window).verified);
      assert.deepEqual(verified, [{ email: 'hamlet@zulip.com', userId: 10, fullName: 'hamlet', realm: server.url }]);
      const sent = server.requests.slice(seen).filter((/** @type {any} */ r) => r.path === '/api/v1/users/me');
      assert.deepEqual(sent.map((/** @type {any} */ r) => r.method), ['OPTIONS', 'GET']);
      assert.match(sent[0].headers['access-control-request-headers'], /authorization/i);
      const key = normalizeUser({ email: 'hamlet@zulip.com' }).apiKey;
      const traces = await tab.evaluate(() => {
        const el = /** @type {any} */ (document.querySelector('zulip-login'));
        const attributes = [...el.shadowRoot.querySelectorAll('*'), el].flatMap((e) => [...e.attributes].map((a) => a.value));
        return [document.documentElement.outerHTML, el.shadowRoot.innerHTML, ...attributes,
          JSON.stringify(/** @type {any} */ (window).verified), JSON.stringify({ ...localStorage })].join('\n');
      });
      assert.ok(traces.includes('hamlet@zulip.com'));
      assert.ok(!traces.includes(key), 'the key is in the page');
    });

    scenario('lang="de": German labels and a wrong password said in German; an English page loads no language; the document\'s lang="fr" and a page\'s own words', current, async (tab) => {
      const languages = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/dist/messages/'));
      await openWidget(tab, site.url, { realm: server.url });
      await untilState(tab, 'ready');
      assert.equal(await tab.evaluate(text, 'button[type=submit]'), 'Log in');
      assert.deepEqual(await tab.evaluate(languages), []);

      await openWidget(tab, site.url, { realm: server.url, lang: 'de' });
      await untilState(tab, 'ready');
      await waitFor(tab, () => /** @type {any} */ (document.querySelector('zulip-login')).shadowRoot
        .querySelector('#title').textContent === 'Bei Zulip anmelden');
      assert.equal(await tab.evaluate(text, '#realm-label'), 'Server-URL');
      assert.equal(await tab.evaluate(text, '#username-label'), 'E-Mail');
      assert.equal(await tab.evaluate(text, '#password-label'), 'Passwort');
      await logIn(tab, 'hamlet@zulip.com', 'wrong');
      await untilState(tab, 'error');
      assert.equal(await tab.evaluate(text, '#message'), 'Benutzername oder Passwort ist falsch.');
      assert.equal(await tab.evaluate(focused), 'password');
      assert.deepEqual(await tab.evaluate(languages), ['/dist/messages/de.js']);

      // The document's language chooses too, and a page's own words win over the built-in ones.
      await openWidget(tab, site.url, { realm: server.url });
      await tab.evaluate(() => {
        document.documentElement.lang = 'fr';
        const el = /** @type {any} */ (document.querySelector('zulip-login'));
        const copy = el.cloneNode();
        copy.messages = { 'widget.submit': 'Entrer' };
        el.replaceWith(copy);
      });
      await untilState(tab, 'ready');
      await waitFor(tab, () => /** @type {any} */ (document.querySelector('zulip-login')).shadowRoot
        .querySelector('button[type=submit]').textContent === 'Entrer');
      assert.equal(await tab.evaluate(text, '#password-label'), 'Mot de passe');
    });

    scenario("IDN hosts: every name becomes the host the engine's own URL names, and the login goes there", current, async (tab) => {
      await tab.goto(`${moduleSite.url}/idn.html`);
      const outcome = await waitFor(tab, () => /** @type {any} */ (window).outcome);
      for (const { name, ours, engine: theirs } of outcome.names) assert.equal(ours, theirs, name);
      const byName = Object.fromEntries(outcome.names.map((/** @type {any} */ n) => [n.name, n.ours]));
      assert.equal(byName['مثال.إختبار'], 'https://xn--mgbh0fb.xn--kgbechtv');
      assert.equal(byName['straße.de'], 'https://xn--strae-oqa.de'); // non-transitional
      assert.equal(byName['ς.gr'], 'https://xn--3xa.gr');
      assert.equal(byName['a\u200Db.com'], 'INVALID_REALM_URL'); // a joiner out of context
      assert.deepEqual(outcome.urls, ['https://xn--mgbh0fb.xn--kgbechtv/api/v1/fetch_api_key']);
    });

    scenario('UNEXPECTED_REDIRECT: a 307 is reported, and nothing is sent to its target', current, async (tab) => {
      hook.intercept = (/** @type {any} */ r) => (r.path === '/api/v1/fetch_api_key'
        ? { status: 307, headers: { Location: `${server.url}/elsewhere` } } : undefined);
      const seen = server.requests.length;
      await openWidget(tab, site.url, { realm: server.url });
      await untilState(tab, 'ready');
      await logIn(tab, 'iago@zulip.com', 'abcd1234');
      await untilState(tab, 'error');
      assert.match(await tab.evaluate(text, '#message'), /redirect/i);
      assert.equal(await tab.evaluate(focused), 'realm');
      assert.deepEqual(server.requests.slice(seen).filter((/** @type {any} */ r) => r.path === '/elsewhere'), []);
      assert.deepEqual(await tab.evaluate(() => /** @type {any} */ (window).logins), []);
    });

    scenario('the keyboard: Tab goes server URL -> email -> password -> Log in, and Enter there logs in', current, async (tab) => {
      await STATES.ready(tab);
      await tab.fill('#username', 'iago@zulip.com');
      await tab.fill('#password', 'abcd1234');
      await tab.click('#realm');
      const order = [await tab.evaluate(focused)];
      for (let i = 0; i < 3; i++) {
        await tab.key('Tab');
        order.push(await tab.evaluate(focused));
      }
      assert.deepEqual(order, ['realm', 'username', 'password', 'submit']);
      await tab.press('button[type=submit]', 'Enter');
      await untilState(tab, 'success');
    });

    scenario('a light page: a light form; a page that declares color-scheme: dark: a dark form; custom properties win in both', current, async (tab) => {
      await STATES.ready(tab);
      const light = await tab.evaluate(formColors);
      assert.ok(luminance(light.background) > 0.8, light.background);
      await STATES.ready(tab, '/widget-dark.html');
      const dark = await tab.evaluate(formColors);
      assert.ok(luminance(dark.background) < 0.05, dark.background);
      assert.ok(luminance(dark.text) > 0.6, dark.text);
      for (const page of ['/widget.html', '/widget-dark.html']) {
        await openWidget(tab, site.url, {}, page);
        assert.deepEqual(await tab.evaluate(customColors), CUSTOM, page);
      }
    });

    for (const state of Object.keys(STATES)) {
      scenario(`axe-core, WCAG 2.2 AA, light: no violation while ${state}`, current, async (tab) => {
        const release = await STATES[state](tab);
        try {
          await noViolation(tab);
        } finally {
          release();
        }
      });
    }

    scenario('axe-core, WCAG 2.2 AA, a page that declares itself dark: no violation after an error', current, async (tab) => {
      await STATES.error(tab, '/widget-dark.html');
      assert.ok(luminance((await tab.evaluate(formColors)).background) < 0.05);
      await noViolation(tab);
    });

    for (const state of ['ready', 'error']) {
      scenario(`a picture of the widget, ${state}, light`, current, async (tab) => {
        await STATES[state](tab);
        await tab.screenshot(`${engine}-light-${state}`);
      });
    }
  });

  describe(`${engine}: prefers-color-scheme: dark`, () => {
    /** @type {import('./helpers/engines.js').Browser} */
    let browser;
    const current = () => browser;
    before(async () => { browser = await launch(engine, { scheme: 'dark' }); });
    after(() => browser?.close());

    scenario('the form is dark; custom properties still win, and color-scheme: light on the element keeps it light', current, async (tab) => {
      await STATES.ready(tab);
      assert.equal(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
      const dark = await tab.evaluate(formColors);
      assert.ok(luminance(dark.background) < 0.05, dark.background);
      assert.ok(luminance(dark.text) > 0.6, dark.text);
      assert.deepEqual(await tab.evaluate(customColors), CUSTOM);
      // A page that wants the light form anyway says so on the element.
      await STATES.ready(tab);
      const light = await tab.evaluate(() => {
        /** @type {HTMLElement} */ (document.querySelector('zulip-login')).style.colorScheme = 'light';
        return getComputedStyle(/** @type {any} */ (document.querySelector('zulip-login')).shadowRoot.querySelector('form')).backgroundColor;
      });
      assert.ok(luminance(light) > 0.8, light);
    });

    for (const state of Object.keys(STATES)) {
      scenario(`axe-core, WCAG 2.2 AA, dark: no violation while ${state}`, current, async (tab) => {
        const release = await STATES[state](tab);
        try {
          assert.ok(luminance((await tab.evaluate(formColors)).background) < 0.05, 'the form is dark');
          await noViolation(tab);
        } finally {
          release();
        }
      });
    }

    for (const state of ['ready', 'error']) {
      scenario(`a picture of the widget, ${state}, dark`, current, async (tab) => {
        await STATES[state](tab);
        await tab.screenshot(`${engine}-dark-${state}`);
      });
    }
  });

  // WebKitGTK has no forced-colors mode to emulate (forced-colors is always "none" there).
  if (engine !== 'webkit') {
    describe(`${engine}: forced colors`, () => {
      /** @type {import('./helpers/engines.js').Browser} */
      let browser;
      const current = () => browser;
      before(async () => { browser = await launch(engine, { forcedColors: true }); });
      after(() => browser?.close());

      scenario('forced-colors: active: every field and button keeps its edge, and axe finds nothing', current, async (tab) => {
        await STATES.error(tab);
        const colors = await tab.evaluate(formColors);
        assert.equal(colors.forcedColors, true);
        assert.equal(colors.edges.length, 4, colors.edges.join('\n'));
        for (const edge of colors.edges) assert.match(edge, / solid [1-9]/);
        await noViolation(tab);
      });
    });
  }
}
