// One small driver interface over three browser engines, so that one set of scenarios
// (tests/browser/scenarios.js) runs in each: Debian's Chromium through playwright-core, Firefox ESR
// through puppeteer-core over WebDriver BiDi, and WebKitGTK's MiniBrowser through WebKitWebDriver
// (W3C WebDriver classic) under a virtual X server. A tab knows only what every engine can do:
// go to a URL, run a function in the page (waitFor polls one), type into, press a key in and
// click the widget's fields (in its shadow root), and take a picture of the widget.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { launchChromium } from './chromium.js';
import { screenshot, screenshotPath } from './screenshots.js';

const VIEWPORT = { width: 520, height: 640 };

/**
 * @typedef {'light' | 'dark'} Scheme
 * @typedef {{ scheme?: Scheme, forcedColors?: boolean }} LaunchOptions
 *   scheme: what the page's prefers-color-scheme says; forcedColors: a forced-colors
 *   (high-contrast) mode, in the engines that have one to emulate
 * @typedef {object} Tab
 * @property {(url: string) => Promise<void>} goto
 * @property {<A, R>(fn: (arg: A) => R, arg?: A) => Promise<Awaited<R>>} evaluate runs `fn` in the
 *   page (it must use nothing from outside but its JSON argument) and answers its JSON result
 * @property {(selector: string, text: string) => Promise<void>} fill replaces the text of the
 *   field `selector` (CSS, in the widget's shadow root) by typing
 * @property {(selector: string, key: 'Enter' | 'Escape') => Promise<void>} press
 * @property {(key: 'Tab') => Promise<void>} key presses a key wherever the focus is
 * @property {(selector: string) => Promise<void>} click
 * @property {(name: string) => Promise<string>} screenshot a PNG of the widget, into
 *   tests/browser/screenshots/<name>.png (answers its path)
 * @property {() => Promise<void>} close
 * @typedef {{ engine: string, version: string, forcedColors: boolean, newTab: () => Promise<Tab>,
 *   close: () => Promise<void> }} Browser
 */

/** The engines, by the name the scenarios and the results use. */
export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/**
 * Launches `engine` with a fresh profile.
 * @param {typeof ENGINES[number]} engine
 * @param {LaunchOptions} [options]
 * @returns {Promise<Browser>}
 */
export function launch(engine, options = {}) {
  return { chromium: launchChromiumEngine, firefox: launchFirefox, webkit: launchWebKit }[engine](options);
}

/**
 * Polls `fn` in the page until it answers something truthy, and answers that.
 * @template A, R
 * @param {Tab} tab
 * @param {(arg: A) => R} fn
 * @param {A} [arg]
 * @param {number} [timeout] milliseconds
 * @returns {Promise<Awaited<R>>}
 */
export async function waitFor(tab, fn, arg, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await tab.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${fn}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

// Chromium: playwright-core (as the Chromium-only suites launch it), one context per tab (the
// color scheme and forced colors are the context's).
/** @param {LaunchOptions} options @returns {Promise<Browser>} */
async function launchChromiumEngine({ scheme = 'light', forcedColors = false }) {
  const browser = await launchChromium();
  return {
    engine: 'chromium',
    version: browser.version(),
    forcedColors: true,
    async newTab() {
      const context = await browser.newContext({
        viewport: VIEWPORT, colorScheme: scheme, forcedColors: forcedColors ? 'active' : 'none',
      });
      const page = await context.newPage();
      const field = (/** @type {string} */ selector) => page.locator('zulip-login').locator(selector);
      return {
        goto: async (url) => { await page.goto(url); },
        evaluate: (fn, arg) => page.evaluate(/** @type {any} */ (fn), arg),
        fill: (selector, text) => field(selector).fill(text),
        press: (selector, key) => field(selector).press(key),
        key: (key) => page.keyboard.press(key),
        click: (selector) => field(selector).click(),
        screenshot: (name) => screenshot(page.locator('zulip-login'), name),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

// Firefox ESR: puppeteer-core over WebDriver BiDi, one browser context per tab. BiDi has no
// media emulation: the color scheme and forced colors are Firefox preferences, set at launch.
/** @param {LaunchOptions} options @returns {Promise<Browser>} */
async function launchFirefox({ scheme = 'light', forcedColors = false }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/lib/firefox-esr/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // 0: dark, 1: light (what prefers-color-scheme says to pages).
      'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
      // 2: always use the system's colors (forced-colors: active).
      ...(forcedColors ? { 'browser.display.document_color_use': 2 } : {}),
    },
  });
  return {
    engine: 'firefox',
    version: (await browser.version()).replace(/^firefox\//, ''),
    forcedColors: true,
    async newTab() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(VIEWPORT);
      // puppeteer's `>>>` reaches into open shadow roots.
      const field = (/** @type {string} */ selector) => page.locator(`zulip-login >>> ${selector}`);
      return {
        goto: async (url) => { await page.goto(url); },
        evaluate: (fn, arg) => page.evaluate(/** @type {any} */ (fn), arg),
        fill: (selector, text) => field(selector).fill(text),
        async press(selector, key) {
          const handle = await field(selector).waitHandle();
          await handle.press(key);
        },
        key: (key) => page.keyboard.press(key),
        click: (selector) => field(selector).click(),
        async screenshot(name) {
          const file = await screenshotPath(name);
          const handle = await page.waitForSelector('zulip-login');
          await handle?.screenshot({ path: /** @type {`${string}.png`} */ (file) });
          return file;
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

// WebKitGTK: MiniBrowser has no headless mode, so it runs under Xvfb; WebKitWebDriver speaks
// W3C WebDriver classic, which is a handful of HTTP calls. GTK's dark theme is what WebKitGTK
// reports as prefers-color-scheme: dark. WebKitGTK has no forced-colors mode to emulate.
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';
const KEYS = { Enter: '\uE007', Escape: '\uE00C', Tab: '\uE004' };

/** Starts Xvfb on a free display. */
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  const [chunk] = await once(xvfb.stdout, 'data');
  return { display: `:${String(chunk).trim()}`, stop: () => xvfb.kill() };
}

/** Starts WebKitWebDriver on a free port of loopback (it prints nothing when ready: poll it). */
async function startWebKitWebDriver(/** @type {NodeJS.ProcessEnv} */ env) {
  for (let attempt = 0; ; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
    const exited = once(driver, 'exit').then(() => 'exited');
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`${url}/status`).then(() => true, () => false);
      if (up) return { url, stop: () => driver.kill() };
      if (await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 50))]) === 'exited') break;
    }
    driver.kill();
    if (attempt === 4) throw new Error('WebKitWebDriver did not start');
  }
}

/** @param {LaunchOptions} options @returns {Promise<Browser>} */
async function launchWebKit({ scheme = 'light' }) {
  const xvfb = await startXvfb();
  const env = { ...process.env, DISPLAY: xvfb.display, ...(scheme === 'dark' ? { GTK_THEME: 'Adwaita:dark' } : {}) };
  const driver = await startWebKitWebDriver(env).catch((error) => { xvfb.stop(); throw error; });
  /** One WebDriver command: answers its value, throws its error. */
  async function command(/** @type {string} */ method, /** @type {string} */ url, /** @type {any} */ body = undefined) {
    const response = await fetch(`${driver.url}${url}`, {
      method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (value?.error) throw new Error(`WebDriver ${url}: ${value.error}: ${value.message}`);
    return value;
  }
  const session = await command('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
  });
  const s = `/session/${session.sessionId}`;
  // The window's size includes MiniBrowser's toolbar: grow it until the page sees VIEWPORT (what
  // lies outside the page's view comes out black in an element's screenshot).
  await command('POST', `${s}/window/rect`, VIEWPORT);
  const inner = await command('POST', `${s}/execute/sync`, { script: 'return [innerWidth, innerHeight]', args: [] });
  await command('POST', `${s}/window/rect`, {
    x: 0, y: 0, width: 2 * VIEWPORT.width - inner[0], height: 2 * VIEWPORT.height - inner[1],
  });
  /** The WebDriver id of `selector` in the widget's shadow root. */
  async function field(/** @type {string} */ selector) {
    const host = await command('POST', `${s}/element`, { using: 'css selector', value: 'zulip-login' });
    const root = await command('GET', `${s}/element/${host[ELEMENT]}/shadow`);
    const element = await command('POST', `${s}/shadow/${root[SHADOW]}/element`, { using: 'css selector', value: selector });
    return element[ELEMENT];
  }
  /** @type {Tab} */
  const tab = {
    goto: async (url) => { await command('POST', `${s}/url`, { url }); },
    async evaluate(fn, arg) {
      // An async script, so that promises are awaited as in the other engines.
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn})(arguments[0]))
          .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
      const outcome = await command('POST', `${s}/execute/async`, { script, args: [arg ?? null] });
      if (outcome.error) throw new Error(outcome.error);
      return outcome.value;
    },
    async fill(selector, text) {
      const id = await field(selector);
      await command('POST', `${s}/element/${id}/clear`, {});
      await command('POST', `${s}/element/${id}/value`, { text });
    },
    async press(selector, key) {
      await command('POST', `${s}/element/${await field(selector)}/value`, { text: KEYS[key] });
    },
    async key(key) {
      const actions = [{ type: 'keyDown', value: KEYS[key] }, { type: 'keyUp', value: KEYS[key] }];
      await command('POST', `${s}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions }] });
    },
    // Element Click refuses elements in a shadow root ("element click intercepted": its hit test
    // finds the host): a mouse moved to the element's centre clicks as a person would.
    async click(selector) {
      const actions = [{ type: 'pointerMove', origin: { [ELEMENT]: await field(selector) }, x: 0, y: 0 },
        { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }];
      await command('POST', `${s}/actions`, { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
    },
    async screenshot(name) {
      // WebKitWebDriver's element screenshot comes out partly black (a band at the top, of
      // varying height): cut the element out of a screenshot of the whole view instead.
      const rect = await tab.evaluate(() => {
        const r = /** @type {Element} */ (document.querySelector('zulip-login')).getBoundingClientRect();
        return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
      });
      const view = PNG.sync.read(Buffer.from(await command('GET', `${s}/screenshot`), 'base64'));
      const picture = new PNG({ width: rect.width, height: rect.height });
      PNG.bitblt(view, picture, rect.x, rect.y, rect.width, rect.height, 0, 0);
      const file = await screenshotPath(name);
      await writeFile(file, PNG.sync.write(picture));
      return file;
    },
    // One window for every tab (a session is a second and a half): the next tab starts blank.
    close: async () => { await command('POST', `${s}/url`, { url: 'about:blank' }); },
  };
  return {
    engine: 'webkit',
    version: session.capabilities.browserVersion,
    forcedColors: false,
    newTab: async () => tab,
    async close() {
      await command('DELETE', s).catch(() => {});
      driver.stop();
      xvfb.stop();
    },
  };
}
