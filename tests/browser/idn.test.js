// Internationalized names in Chromium: the core converts hosts with the page's own WHATWG URL,
// so normalizeRealmUrl names the host Chromium's fetch would contact, in every script, and the
// login request goes to it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchChromium, openPage } from './helpers/chromium.js';
import { startStaticServer } from '../../scripts/static_server.js';

const NAMES = ['مثال.إختبار', 'בדיקה.טעסט', 'ตัวอย่าง.ไทย', 'उदाहरण.परीक्षा', 'straße.de', 'ς.gr',
  'Bücher.example', '☃.com', 'ＡＢＣ．ｃｏｍ', 'xn--bcher-kva.example', 'xn--abc', 'a\u200Db.com'];

const APP = `
import * as zfak from '/dist/browser.js';
await zfak.ready(); // normalizeRealmUrl is synchronous: the module must be loaded first
const names = ${JSON.stringify(NAMES)};
const outcome = [];
for (const name of names) {
  let ours;
  try { ours = zfak.normalizeRealmUrl(name); } catch (error) { ours = error.code; }
  let chromium;
  try { chromium = new URL('https://' + name).origin; } catch { chromium = 'INVALID_REALM_URL'; }
  outcome.push({ name, ours, chromium });
}
// Where the login goes: the transport is handed the converted host.
const urls = [];
await zfak.fetchApiKey({
  realm: 'https://مثال.إختبار', username: 'me', password: 'pw',
  fetch: (url) => { urls.push(String(url)); return Promise.reject(new TypeError('recorded')); },
}).catch(() => {});
window.outcome = { names: outcome, urls };
`;

test('in Chromium, every name becomes the host Chromium itself would contact', async () => {
  const site = await startStaticServer({
    dirs: ['dist'],
    pages: {
      '/idn.html': { body: '<!doctype html><meta charset="utf-8"><script type="module" src="/idn.js"></script>' },
      '/idn.js': { type: 'text/javascript', body: APP },
    },
  });
  const browser = await launchChromium();
  const { page, errors, close } = await openPage(browser);
  try {
    await page.goto(`${site.url}/idn.html`);
    const outcome = await page.waitForFunction(() => window.outcome).then((h) => h.jsonValue());
    assert.deepEqual(errors, []);
    for (const { name, ours, chromium } of outcome.names) assert.equal(ours, chromium, name);
    const byName = Object.fromEntries(outcome.names.map(({ name, ours }) => [name, ours]));
    assert.equal(byName['مثال.إختبار'], 'https://xn--mgbh0fb.xn--kgbechtv');
    assert.equal(byName['בדיקה.טעסט'], 'https://xn--5dbedt4e.xn--deba0ad');
    assert.equal(byName['ตัวอย่าง.ไทย'], 'https://xn--72c1a1bt4awk9o.xn--o3cw4h');
    assert.equal(byName['उदाहरण.परीक्षा'], 'https://xn--p1b6ci4b4b3a.xn--11b5bs3a9aj6g');
    assert.equal(byName['straße.de'], 'https://xn--strae-oqa.de'); // non-transitional
    assert.equal(byName['ς.gr'], 'https://xn--3xa.gr');
    assert.equal(byName['a\u200Db.com'], 'INVALID_REALM_URL'); // a joiner out of context
    assert.deepEqual(outcome.urls, ['https://xn--mgbh0fb.xn--kgbechtv/api/v1/fetch_api_key']);
  } finally {
    await close();
    await Promise.all([browser.close(), site.close()]);
  }
});
