// The browser build loads what keeps a secret out of an error (dist/browser-withholding.js) as a
// chunk of its own, when a call with a secret starts. With the chunk, a server's text is kept
// unless it quotes the password; without it (the chunk cannot be loaded), every text from
// outside is withheld and no cause is kept: never less safe, only less said.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { launchChromium, openPage } from './helpers/chromium.js';
import { startStaticServer } from '../../scripts/static_server.js';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const PASSWORD = 'hunter2-Secret';

/** A page that logs in through `entry` with fetches that echo the password, and one that does not. */
const APP = (/** @type {string} */ entry) => `
import * as zfak from '${entry}';
await zfak.ready({ wasm: '/dist/zulip_fetch_api_key.wasm' });
const answer = (msg) => async () => new Response(JSON.stringify({ result: 'error', code: 'SOME_NEW_CODE', msg }),
  { status: 400, headers: { 'content-type': 'application/json' } });
const call = (fetch) => zfak.fetchApiKey({ realm: 'https://chat.example.com', username: 'me', password: '${PASSWORD}', fetch })
  .catch((e) => e);
const echoed = await call(answer('No user with the password ${PASSWORD}'));
const plain = await call(answer('Something else went wrong'));
const thrown = await call(async () => { throw new TypeError('failed with ${PASSWORD}'); });
window.outcome = {
  echoed: { code: echoed.code, serverMessage: echoed.serverMessage, message: echoed.message },
  plain: { code: plain.code, serverMessage: plain.serverMessage },
  thrown: { code: thrown.code, message: thrown.message, cause: thrown.cause === undefined ? null : String(thrown.cause) },
};
`;

const page = (/** @type {string} */ script) => ({
  body: `<!doctype html><meta charset="utf-8"><title>withholding</title><script type="module" src="${script}"></script>`,
  headers: { 'Content-Security-Policy': CSP },
});

describe('the withholding chunk of the browser build', () => {
  /** @type {any} */
  let browser;
  /** @type {any} */
  let site;
  before(async () => {
    browser = await launchChromium();
    site = await startStaticServer({
      dirs: ['dist'],
      pages: {
        '/with.html': page('/with.js'),
        '/with.js': { type: 'text/javascript', body: APP('/dist/browser.js') },
        // The entry alone, copied where its chunk is not: the chunk's request fails (404).
        '/alone/browser.js': { type: 'text/javascript', body: await readFile(new URL('../../dist/browser.js', import.meta.url), 'utf8') },
        '/without.html': page('/without.js'),
        '/without.js': { type: 'text/javascript', body: APP('/alone/browser.js') },
      },
    });
  });
  after(() => Promise.all([browser?.close(), site?.close()]));

  /** @param {string} path */
  async function outcomeOf(path) {
    const { page: tab, close } = await openPage(browser);
    try {
      await tab.goto(`${site.url}${path}`);
      return await tab.waitForFunction(() => /** @type {any} */ (window).outcome).then((/** @type {any} */ h) => h.jsonValue());
    } finally {
      await close();
    }
  }

  test('with the chunk: a text that quotes the password is withheld whole, another is kept', async () => {
    const outcome = await outcomeOf('/with.html');
    assert.equal(outcome.echoed.code, 'SOME_NEW_CODE');
    assert.doesNotMatch(JSON.stringify(outcome), new RegExp(PASSWORD));
    assert.match(outcome.echoed.message, /withheld because it quoted your password/);
    assert.equal(outcome.plain.serverMessage, 'Something else went wrong');
    assert.equal(outcome.thrown.code, 'NETWORK_ERROR');
    assert.notEqual(outcome.thrown.cause, null);
  });

  test('without the chunk: every text from outside is withheld (an unknown code too: BAD_REQUEST), no cause is kept', async () => {
    const outcome = await outcomeOf('/without.html');
    assert.doesNotMatch(JSON.stringify(outcome), new RegExp(PASSWORD));
    assert.equal(outcome.echoed.code, 'BAD_REQUEST');
    assert.match(outcome.echoed.message, /withheld because it quoted your password/);
    assert.equal(outcome.plain.code, 'BAD_REQUEST');
    assert.notEqual(outcome.plain.serverMessage, 'Something else went wrong');
    assert.equal(outcome.thrown.code, 'NETWORK_ERROR');
    assert.equal(outcome.thrown.cause, null);
  });
});
