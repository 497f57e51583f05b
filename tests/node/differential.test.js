// The core against the platform's own implementations, over thousands of generated strings:
// form encoding against URLSearchParams, realm URL normalization against WHATWG URL. Every
// intentional difference is stated below (and in README "Edge cases"); everywhere else the two
// must agree. Failures print the seed and the input; DIFFERENTIAL_SEED=<n> replays another run.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { domainToUnicode } from 'node:url';
import { fetchApiKey, normalizeRealmUrl } from 'zulip-fetch-api-key';
import {
  AWKWARD, hasLoneSurrogate, LONE_SURROGATES, pick, randomString, seededRandom,
} from './helpers/generate.js';

const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 20240611);
const FORM_CASES = 3000;
const URL_CASES = 6000;

// embind (Emscripten 3.1.6) converts a JS string to std::string with a UTF-8 encoder that pairs
// an unpaired surrogate with whatever follows it; web/core/options.js makes the username and the
// realm well-formed first (the password is TextEncoder'ed). These cases check that it does.
const hasALabel = (/** @type {string} */ input) => /xn--/i.test(input);

describe('form encoding: the body fetchApiKey sends is what URLSearchParams writes', () => {
  /**
   * The body the transport was given, for these credentials.
   * @param {string} username @param {string} password
   */
  async function sentBody(username, password) {
    /** @type {string | undefined} */
    let body;
    const recorder = (/** @type {string} */ _url, /** @type {any} */ init) => {
      body = Buffer.from(init.body).toString('latin1'); // copied now: the transport wipes it next
      return Promise.reject(new TypeError('recorded'));
    };
    await fetchApiKey({ realm: 'https://chat.example.com', username, password, fetch: recorder }).catch(() => {});
    return body;
  }

  // The core trims the username of ASCII white space (as Zulip's own clients do), nothing else.
  const trimAscii = (/** @type {string} */ text) => text.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');

  /** @param {(username: string) => boolean} wanted which generated usernames this test takes */
  async function compare(wanted) {
    const random = seededRandom(SEED);
    let compared = 0;
    for (let i = 0; i < FORM_CASES; i += 1) {
      const username = `u${randomString(random)}`;
      const password = `${randomString(random)}p`; // never empty: that is INVALID_ARGUMENT
      if (!wanted(username)) continue;
      const expected = new URLSearchParams({ username: trimAscii(username), password }).toString();
      assert.equal(await sentBody(username, password), expected,
        `seed ${SEED}, case ${i}: ${JSON.stringify({ username, password })}`);
      compared += 1;
    }
    return compared;
  }

  test('usernames and passwords of any characters (passwords with unpaired surrogates too)', async () => {
    const compared = await compare((username) => !hasLoneSurrogate(username));
    assert.ok(compared > FORM_CASES / 2, `${compared} compared`);
  });

  test('usernames with unpaired surrogates: U+FFFD, as URLSearchParams', async () => {
    assert.ok(await compare(hasLoneSurrogate) > 100);
  });
});

describe('realm URL normalization agrees with WHATWG URL, except where we refuse on purpose', () => {
  const SCHEMES = ['https://', 'http://', 'HTTPS://', 'hTTp://', 'https:', 'http:/', 'https:\\\\', 'https:///',
    'ftp://', 'zulip://', 'javascript:', 'file://', 'ws://', 'mailto:'];
  const HOSTS = ['chat.example.com', 'CHAT.Example.COM', 'localhost', 'a.localhost', 'localhost.', 'zulip',
    'my_org.zulipchat.com', 'a-b.c', '-a.b', '127.0.0.1', '10.0.0.255', '1.2.3.4', '0.0.0.0', '255.255.255.255',
    '0x7f.1', '127.1', '2130706433', '010.0.0.1', '1.2.3.4.', '256.1.1.1', '1.2.3', 'example.123', 'example.0x1f',
    '[::1]', '[0:0::1]', '[::ffff:1.2.3.4]', '[1:2:3:4:5:6:7:8]', '[::]', '[::1', '[g::]', '[1::2::3]', '[::1]x',
    'exämple.com', 'xn--exmple-cua.com', 'xn--abc', 'ＥＸＡＭＰＬＥ.com', 'a..b', '.a', `${'a'.repeat(64)}.com`,
    `${'abcdefghi.'.repeat(26)}com`, 'ex%61mple.com', 'a b', 'a$b', "a'b", 'a*b', 'a~b', 'a|b', ''];
  // Hosts with ASCII "xn--" labels, which WHATWG decodes: Punycode of names in any script
  // (ä, ü, ß, Cyrillic, CJK, Arabic, emoji, ASCII alone), and
  // labels that are not Punycode of a valid label (U+0080-0082, cut short, overflowing, empty,
  // a '-' where a digit must be, uppercase U+00DB, the symbol U+2488).
  const A_LABEL_HOSTS = ['xn--exmple-cua.com', 'XN--BCHER-KVA.example', 'chat.xn--4ca', 'xn--zca.de', 'xn--a-.xn--tda',
    'xn--e1afmkfd.xn--p1ai', 'xn--r8jz45g.xn--zckzah', 'xn--xn--4ca-.localhost', 'xn--mgbh0fb.example', 'xn--ls8h.la',
    'xn--abc', 'xn--zz.com', 'a.xn--bcher-kv', 'xn--99999999', 'xn--', 'xn--.com', 'xn---abc.com', 'xn--vca.com',
    'xn--a-ecp.ru', 'xn--4ca.xn--abc'];
  const PORTS = ['', '', '', ':443', ':80', ':9991', ':0', ':00443', ':65535', ':65536', ':', ':abc', ':1:2'];
  const PATH_PIECES = ['/', '/', 'zulip', 'a', 'B', '.', '..', '%2e', '%2E%2e', ' ', 'é', '\\', '%', '%41', '"', '<',
    '`', '{', '|', '^', "'", '@', ':', ';', '=', '\t', '\n', ...LONE_SURROGATES];
  const TAILS = ['', '', '?x=1', '#frag', '?#', '?a=é#b c'];
  const EDGES = ['', '', ' ', '\t', '\n ', '\x00', '\x1f', '\u00a0'];

  /** A realm as a person (or a fuzzer) might type it: scheme, userinfo, host, port, path, tail. */
  function generateRealm(/** @type {() => number} */ random, hosts = HOSTS) {
    const scheme = random() < 0.3 ? '' : pick(random, SCHEMES);
    const userinfo = random() < 0.08 ? `${randomString(random, ['u', 'ser', ':', 'p', 'ä', '%40'], 4)}@` : '';
    let host = pick(random, hosts);
    if (random() < 0.15) host += randomString(random, AWKWARD, 2); // junk the lists do not cover
    const path = randomString(random, PATH_PIECES, 6);
    return `${pick(random, EDGES)}${scheme}${userinfo}${host}${pick(random, PORTS)}${path}${pick(random, TAILS)}${pick(random, EDGES)}`;
  }

  // Intentional difference 1: without a scheme, https:// is assumed. A leading "word:" is a
  // scheme, except when digits or nothing follow the colon ("localhost:9991" is a host and port);
  // "http:" and "https:" followed by nothing are schemes all the same.
  /** @param {string} cleaned */
  function hasScheme(cleaned) {
    const match = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(cleaned);
    if (!match) return false;
    const [, scheme, rest] = match;
    if (/^[/\\]{2}/.test(rest)) return true;
    if (rest === '') return /^https?$/i.test(scheme);
    return !/^[0-9]/.test(rest);
  }

  // What WHATWG's parser does to its input first: trim C0 controls and spaces, drop tab/LF/CR.
  const clean = (/** @type {string} */ input) => input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').replace(/[\t\n\r]/g, '');

  // Intentional difference 3: a host must be "plain" to be sure of acceptance: a name of ASCII
  // letters, digits, '-' and '_' in labels of 1 to 63 (253 in all, one trailing dot allowed), a
  // strict dotted quad, or a bracketed IPv6 address. WHATWG also accepts percent-encoded hosts,
  // other punctuation (a$b, a*b), IPv4 shorthand (0x7f.1, 127.1, 2130706433, 010.0.0.1, 1.2.3.4.)
  // and IDNs: we refuse the punctuation and the shorthand rather than guess, and convert IDNs with
  // WHATWG URL itself; whatever we accept must still agree with WHATWG. An ASCII "xn--" label
  // stands for its Unicode form: plain when we accept that form (idn.test.js checks those).
  /** @param {string} host */
  function isPlainHost(host) {
    if (host.startsWith('[')) return true;
    const name = host.endsWith('.') ? host.slice(0, -1) : host;
    const labels = name.split('.');
    if (name.length > 253 || !labels.every((label) => /^[A-Za-z0-9_-]{1,63}$/.test(label))) return false;
    if (!labels.every((label) => !/^xn--/i.test(label) || acceptsUnicodeForm(label))) return false;
    const last = /** @type {string} */ (labels.at(-1));
    const numeric = /^(0x[0-9a-f]*|[0-9]+)$/i.test(last);
    const dottedQuad = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(host);
    return !numeric || dottedQuad;
  }

  /**
   * What normalizeRealmUrl(input, { allowInsecureHttp: true }) must give: a URL, 'refused', or
   * { mayRefuse } (a URL, unless we refuse a host that is not plain).
   * @param {string} input
   * @returns {string | 'refused' | { mayRefuse: string }}
   */
  function expectation(input) {
    const cleaned = clean(input);
    const withScheme = hasScheme(cleaned);
    /** @type {URL} */
    let url;
    try {
      url = new URL(withScheme ? cleaned : `https://${cleaned}`);
    } catch {
      return 'refused';
    }
    // Intentional difference 2: only http and https.
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'refused';
    const afterScheme = withScheme ? cleaned.slice(cleaned.indexOf(':') + 1).replace(/^[/\\]+/, '') : cleaned;
    const authority = /** @type {string} */ (afterScheme.split(/[/\\?#]/, 1)[0]);
    // Intentional difference 4: any '@' in the authority (userinfo, even empty) is refused.
    if (authority.includes('@')) return 'refused';
    // Query, fragment and trailing slashes dropped; the default port too (as WHATWG does).
    const normalized = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
    const host = authority.startsWith('[') ? authority.slice(0, authority.indexOf(']') + 1) : authority.split(':', 1)[0];
    return isPlainHost(host) ? normalized : { mayRefuse: normalized };
  }

  /** @param {string} aLabel an "xn--" label WHATWG accepts */
  function acceptsUnicodeForm(aLabel) {
    return ours(domainToUnicode(aLabel), true) !== 'INVALID_REALM_URL';
  }

  /** @param {string} input @param {boolean} allowInsecureHttp */
  function ours(input, allowInsecureHttp) {
    try {
      return normalizeRealmUrl(input, { allowInsecureHttp });
    } catch (/** @type {any} */ error) {
      return error.code;
    }
  }

  // Intentional difference 5: http:// only to loopback hosts unless allowInsecureHttp.
  const isLoopback = (/** @type {string} */ hostname) => {
    const name = hostname.replace(/\.$/, '');
    return name === 'localhost' || name.endsWith('.localhost') || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
  };

  /**
   * @param {(input: string) => boolean} wanted which generated inputs this test takes
   * @param {readonly string[]} [hosts] the hosts inputs are made of
   */
  function compare(wanted, hosts) {
    const random = seededRandom(SEED);
    const tally = { agreed: 0, refusedTogether: 0, refusedOnPurpose: 0 };
    for (let i = 0; i < URL_CASES; i += 1) {
      const input = generateRealm(random, hosts);
      if (!wanted(input)) continue;
      const where = `seed ${SEED}, case ${i}: ${JSON.stringify(input)}`;
      const expected = expectation(input);
      const got = ours(input, true);
      if (expected === 'refused') {
        assert.equal(got, 'INVALID_REALM_URL', where);
        tally.refusedTogether += 1;
        continue;
      }
      const url = typeof expected === 'string' ? expected : expected.mayRefuse;
      if (typeof expected !== 'string' && got === 'INVALID_REALM_URL') {
        tally.refusedOnPurpose += 1;
        continue;
      }
      assert.equal(got, url, where);
      const strict = url.startsWith('http:') && !isLoopback(new URL(url).hostname) ? 'INSECURE_REALM_URL' : url;
      assert.equal(ours(input, false), strict, `${where}, without allowInsecureHttp`);
      tally.agreed += 1;
    }
    return tally;
  }

  test('inputs without unpaired surrogates or "xn--" labels', () => {
    const tally = compare((input) => !hasLoneSurrogate(input) && !hasALabel(input));
    // Each kind of outcome is well represented, or the generator has drifted.
    for (const [kind, count] of Object.entries(tally)) assert.ok(count > 200, `${kind}: ${JSON.stringify(tally)}`);
  });

  test('inputs with unpaired surrogates: U+FFFD, as WHATWG', () => {
    const tally = compare(hasLoneSurrogate);
    // Most such inputs put U+FFFD in the host, which both refuse; enough land in the path.
    assert.ok(tally.agreed > 20 && tally.refusedTogether > 200, JSON.stringify(tally));
  });

  test('inputs with "xn--" labels: decoded and checked as Punycode, as WHATWG', () => {
    const tally = compare((input) => hasALabel(input) && !hasLoneSurrogate(input), A_LABEL_HOSTS);
    // Half the hosts are refused whatever surrounds them, and most surroundings are refused too.
    const least = { agreed: 150, refusedTogether: 1000, refusedOnPurpose: 50 };
    for (const [kind, count] of Object.entries(least)) {
      assert.ok(tally[/** @type {keyof typeof least} */ (kind)] > count, `${kind}: ${JSON.stringify(tally)}`);
    }
  });

  test('the reference itself: examples of each stated difference', () => {
    assert.equal(expectation('chat.zulip.org'), 'https://chat.zulip.org');
    assert.equal(expectation('localhost:9991'), 'https://localhost:9991');
    assert.equal(expectation(' HTTPS://Chat.Zulip.org:443/a/../b/?q#f '), 'https://chat.zulip.org/b');
    assert.equal(expectation('zulip://x'), 'refused');
    assert.equal(expectation('https://@x'), 'refused');
    assert.equal(expectation('https:'), 'refused');
    assert.deepEqual(expectation('https://0x7f.1'), { mayRefuse: 'https://127.0.0.1' });
    assert.deepEqual(expectation('https://a$b'), { mayRefuse: 'https://a$b' });
    assert.equal(expectation('https://xn--abc'), 'refused');
    assert.equal(expectation('https://XN--4CA'), 'https://xn--4ca');
    // Arabic: converted by the platform's IDNA, as any script is.
    assert.equal(expectation('https://xn--mgbh0fb.example'), 'https://xn--mgbh0fb.example');
  });
});
