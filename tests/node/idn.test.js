// Internationalized domain names: the core is given the platform's IDNA (WHATWG URL, what fetch
// itself uses), so every name new URL() accepts works and becomes the host fetch would contact;
// and a login goes out to the xn-- host.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fetchApiKey, InvalidInputError, normalizeRealmUrl } from 'zulip-fetch-api-key';
import { startDevServer } from '../../devserver/server.js';
import { routedTo } from './helpers/servers.js';

/** @param {string} input */
const whatwg = (input) => {
  const url = new URL(`https://${input}`);
  return `${url.protocol}//${url.host}`;
};

describe('internationalized domain names', () => {
  const inputs = [
    'bücher.example', 'Bücher.Example', 'BÜCHER.example', 'straße.de', 'STRASSE.de', 'ΑΘΗΝΑ.gr',
    'αθήνα.gr', 'Ώρα.gr', 'ς.gr', 'пример.РФ', 'ЁЛКА.рф', 'Ӂ.example', 'հայ.am', 'Հայաստան.am',
    '例え.テスト', 'ひらがな.jp', 'カタカナ.jp', '한국.kr', '中国。cn', 'ＡＢＣ．ｃｏｍ', 'ｘ－ｙ.example',
    'chat.bücher.example.', 'müller-lüdenscheid.example', 'çà-ÿ.example', 'ĀāĹĺŸž.example',
    'zürich.example:8443', 'ı.example', 'ĸ.example', 'ß.example',
    // Scripts the core's own mapping used to refuse: Arabic, Hebrew, Thai, Devanagari, symbols.
    'مثال.إختبار', 'בדיקה.טעסט', 'ตัวอย่าง.ไทย', 'उदाहरण.परीक्षा', '☃.com', '😀.com', 'ﬁ.com', 'İ.com',
    'ü\u0308.com', 'xn--mgbh0fb.example', 'xn--ls8h.la',
  ];
  for (const input of inputs) {
    test(`${input} -> ${whatwg(input)}`, () => {
      assert.equal(normalizeRealmUrl(input), whatwg(input));
      assert.equal(normalizeRealmUrl(`https://${input}/`), whatwg(input));
    });
  }

  test('non-transitional: ß and ς are kept (not mapped to ss and σ)', () => {
    assert.equal(normalizeRealmUrl('straße.de'), 'https://xn--strae-oqa.de');
    assert.equal(normalizeRealmUrl('ς.gr'), 'https://xn--3xa.gr');
  });

  test('what WHATWG URL refuses is refused, never sent elsewhere', () => {
    for (const input of ['a\u200Db.com', 'xn--ü.com']) {
      assert.throws(() => whatwg(input), TypeError, input);
      assert.throws(() => normalizeRealmUrl(input), (error) =>
        error instanceof InvalidInputError && error.code === 'INVALID_REALM_URL', input);
    }
  });

  test('an ASCII xn-- label is taken as this runtime takes it (Node 22 checks it, Node 24 and 26 do not)', () => {
    for (const input of ['xn--abc', 'xn--zz.com']) {
      /** @type {string | null} */
      let platform = null;
      try { platform = whatwg(input); } catch { /* refused by the platform */ }
      if (platform === null) {
        assert.throws(() => normalizeRealmUrl(input), (error) =>
          error instanceof InvalidInputError && error.code === 'INVALID_REALM_URL', input);
      } else {
        assert.equal(normalizeRealmUrl(input), platform, input);
      }
    }
  });

  test('every code point converts as WHATWG URL converts it', () => {
    let accepted = 0;
    /** @type {string[]} */
    const differences = [];
    for (let cp = 0x80; cp <= 0xFFFF; cp += 1) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      const input = `a${String.fromCodePoint(cp)}b.example`;
      let theirs;
      try { theirs = whatwg(input); } catch { theirs = 'an invalid URL'; }
      let ours;
      try {
        ours = normalizeRealmUrl(input);
        accepted += 1;
      } catch {
        // Refused where WHATWG accepts only when the ASCII form holds punctuation a name cannot
        // hold (U+207D becomes '('): refused on purpose, as 'a(b.example' is.
        if (theirs === 'an invalid URL' || !/^https:\/\/[a-z0-9_.-]+$/.test(theirs)) continue;
        ours = 'refused';
      }
      if (ours !== theirs) differences.push(`U+${cp.toString(16)}: ${ours} vs ${theirs}`);
    }
    assert.deepEqual(differences, []);
    assert.ok(accepted > 50000, `only ${accepted} code points accepted`);
  });

  describe('over loopback HTTP', () => {
    /** @type {Awaited<ReturnType<typeof startDevServer>>} */
    let server;
    before(async () => { server = await startDevServer(); });
    after(() => server.close());

    test('the request goes to the xn-- host (DNS cannot resolve it here: fetch is pointed at the server)', async () => {
      /** @type {string[]} */
      const urls = [];
      const toLoopback = routedTo(server.url, urls);
      const result = await fetchApiKey({
        realm: 'http://Bücher.localhost:9991', username: 'iago@zulip.com', password: 'abcd1234', fetch: toLoopback,
      });
      assert.equal(result.realm, 'http://xn--bcher-kva.localhost:9991');
      assert.deepEqual(urls, ['http://xn--bcher-kva.localhost:9991/api/v1/fetch_api_key']);
    });
  });
});
