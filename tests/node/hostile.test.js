// A hostile server, a hostile fetch and odd options, as an attacker would try them against the
// packed package: what the server sends is data, never a way to pick a class, a code or a word.
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { describe, test } from 'node:test';
import {
  AbortError, fetchApiKey, getServerSettings, InvalidInputError, jwtFetchApiKey, login, MalformedResponseError, NetworkError, TimeoutError,
  verifyApiKey, ZulipApiError, ZulipError,
} from 'zulip-fetch-api-key';
import { startDeadline } from '../../web/core/deadline.js';
import { platformReason } from '../../web/core/transport.js';
import { everyRendering, rejectsWith } from './helpers/assertions.js';
import { sendJson, startHttpServer } from './helpers/servers.js';

const password = 'p@ss w&rd/é+Secret-71c2';
const formEncoded = new URLSearchParams({ password }).toString().slice('password='.length);
const credentials = { username: 'iago@zulip.com', password };
const success = { result: 'success', msg: '', api_key: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', email: 'iago@zulip.com', user_id: 5 };

/**
 * Runs `body` with a loopback server answering every request with `status` and `payload`.
 * @param {number} status
 * @param {unknown} payload
 * @param {(realm: string) => Promise<void>} body
 */
async function withAnswer(status, payload, body) {
  const server = await startHttpServer((_req, res) => sendJson(res, status, payload));
  try {
    await body(server.url);
  } finally {
    await server.close();
  }
}

/**
 * `promise`'s rejection, or a failure if it has not settled within `ms` (the tests of a hang
 * must end even when the code under test hangs).
 * @param {Promise<unknown>} promise
 * @param {number} ms
 */
async function settlesWithin(promise, ms) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const hung = new Promise((resolve) => { timer = setTimeout(() => resolve('hung'), ms); });
  try {
    const outcome = await Promise.race([promise.then(() => 'resolved', (error) => ({ error })), hung]);
    assert.notEqual(outcome, 'hung', `still pending after ${ms} ms`);
    assert.notEqual(outcome, 'resolved');
    return /** @type {{ error: unknown }} */ (outcome).error;
  } finally {
    clearTimeout(timer);
  }
}

describe("a server's code never picks a class or one of our codes", () => {
  for (const serverCode of ['__proto__', 'toString', 'hasOwnProperty', 'constructor', 'valueOf']) {
    test(`"code": "${serverCode}" -> ZulipApiError BAD_REQUEST, serverCode kept`, async () => {
      await withAnswer(400, { result: 'error', code: serverCode, msg: 'x' }, async (realm) => {
        await rejectsWith(fetchApiKey({ realm, ...credentials }), ZulipApiError,
          { code: 'BAD_REQUEST', serverCode, httpStatus: 400, serverMessage: 'x' });
      });
    });
  }

  for (const serverCode of ['ABORTED', 'NETWORK_ERROR', 'TIMEOUT', 'INVALID_REALM_URL', 'INVALID_ARGUMENT',
    'MALFORMED_RESPONSE', 'SERVER_ERROR', 'UNEXPECTED_REDIRECT', 'RESPONSE_TOO_LARGE', 'INSECURE_REALM_URL']) {
    test(`a server's "${serverCode}" is not ours: ZulipApiError BAD_REQUEST`, async () => {
      await withAnswer(400, { result: 'error', code: serverCode, msg: 'nope' }, async (realm) => {
        const error = await rejectsWith(fetchApiKey({ realm, ...credentials }), ZulipApiError,
          { code: 'BAD_REQUEST', serverCode });
        assert.notEqual(error.name, 'AbortError');
        for (const Local of [AbortError, NetworkError, TimeoutError, InvalidInputError, MalformedResponseError]) {
          assert.ok(!(error instanceof Local), `not a ${Local.name}`);
        }
      });
    });
  }

  test('a code that is not a Zulip code word (spaces, controls, long) is kept only as serverCode', async () => {
    for (const serverCode of ['not a code', 'AUTH\u001b[31m', 'A'.repeat(200), '']) {
      await withAnswer(401, { result: 'error', code: serverCode, msg: 'm' }, async (realm) => {
        await rejectsWith(fetchApiKey({ realm, ...credentials }), ZulipApiError, { code: 'BAD_REQUEST' });
      });
    }
  });

  test("Zulip's own codes still come through", async () => {
    await withAnswer(401, { result: 'error', code: 'USER_DEACTIVATED', msg: 'Account is deactivated' }, async (realm) => {
      await rejectsWith(fetchApiKey({ realm, ...credentials }), ZulipApiError,
        { code: 'USER_DEACTIVATED', serverCode: 'USER_DEACTIVATED' });
    });
  });
});

describe('the password is never echoed back', () => {
  test("in the server's msg, as given and as form-encoded", async () => {
    for (const msg of [`Wrong password ${password}`, `body was password=${formEncoded}`]) {
      for (const status of [400, 401, 403, 429, 500]) {
        await withAnswer(status, { result: 'error', code: 'BAD_REQUEST', msg, 'retry-after': 1 }, async (realm) => {
          const error = await rejectsWith(fetchApiKey({ realm, ...credentials }), ZulipError, {});
          const shown = everyRendering(error);
          assert.ok(!shown.includes(password) && !shown.includes(formEncoded), shown);
          if (status !== 500) assert.match(String(error.serverMessage), /withheld/i);
        });
      }
    }
  });

  test('in a custom fetch error that quotes the request body', async () => {
    const fetch = /** @type {typeof globalThis.fetch} */ (async (_url, init) => {
      const body = new TextDecoder().decode(/** @type {Uint8Array} */ (init?.body));
      const cause = new Error(`socket closed while sending ${body} (${decodeURIComponent(body)})`);
      throw new TypeError(`fetch failed: ${body}`, { cause });
    });
    const error = await rejectsWith(fetchApiKey({ realm: 'https://chat.example.com', ...credentials, fetch }),
      NetworkError, { code: 'NETWORK_ERROR' });
    const shown = everyRendering(error);
    assert.ok(!shown.includes(password) && !shown.includes(formEncoded), shown);
    assert.ok(error.cause instanceof TypeError, 'the cause is kept, redacted');
  });
});

describe('returned fields are checked for control characters', () => {
  const hostile = ['iago@zulip.com\r\nsite=https://evil.example', 'iago\u0000@zulip.com', '\u001b[31miago@zulip.com',
    'iago\u0085@zulip.com', 'moc.pilz@\u202eogai', 'iago\u2066@zulip.com', 'iago\u007f@zulip.com', ''];
  for (const email of hostile) {
    test(`email ${JSON.stringify(email)} -> MALFORMED_RESPONSE`, async () => {
      await withAnswer(200, { ...success, email }, async (realm) => {
        await rejectsWith(fetchApiKey({ realm, ...credentials }), MalformedResponseError,
          { code: 'MALFORMED_RESPONSE', httpStatus: 200 });
      });
    });
  }

  test('letters of any script, and joiners used in names, are not controls', async () => {
    await withAnswer(200, { ...success, email: 'ñandú.ü\u200d@bücher.example' }, async (realm) => {
      assert.equal((await fetchApiKey({ realm, ...credentials })).email, 'ñandú.ü\u200d@bücher.example');
    });
  });
});

describe('timeoutMs and signal bound whatever the fetch does', () => {
  const realm = 'https://chat.example.com';
  const neverSettles = /** @type {typeof globalThis.fetch} */ (() => new Promise(() => {}));
  const endlessBody = /** @type {typeof globalThis.fetch} */ (async () => new Response(
    new ReadableStream({ pull: () => new Promise(() => {}) }), { status: 200 }));

  for (const [name, fetch] of /** @type {const} */ ([['never settles', neverSettles], ['body never ends', endlessBody]])) {
    test(`a fetch that ${name}: TIMEOUT after timeoutMs`, async () => {
      const started = Date.now();
      const error = await settlesWithin(fetchApiKey({ realm, ...credentials, fetch, timeoutMs: 150 }), 3000);
      assert.ok(error instanceof TimeoutError, String(error));
      assert.equal(/** @type {any} */ (error).code, 'TIMEOUT');
      assert.ok(Date.now() - started >= 140);
    });

    test(`a fetch that ${name}: ABORTED when the signal fires`, async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const error = await settlesWithin(fetchApiKey({ realm, ...credentials, fetch, signal: controller.signal }), 3000);
      assert.ok(error instanceof AbortError, String(error));
    });

    test(`login with a fetch that ${name}: TIMEOUT`, async () => {
      const error = await settlesWithin(login({ realm, ...credentials, fetch, timeoutMs: 150 }), 3000);
      assert.ok(error instanceof TimeoutError, String(error));
    });
  }

  // A body that reads as ended when the signal fires (as a cancelled stream does): what was read
  // is cut short, and must not reach the core as if it were the whole answer.
  const endsOnAbort = /** @type {typeof globalThis.fetch} */ (async (_url, init) => new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"result":"succ'));
        init?.signal?.addEventListener('abort', () => controller.close());
      },
    }), { status: 200 }));

  test('a body that ends when the deadline fires: TIMEOUT, not the cut answer', async () => {
    const error = await settlesWithin(fetchApiKey({ realm, ...credentials, fetch: endsOnAbort, timeoutMs: 100 }), 3000);
    assert.ok(error instanceof TimeoutError, String(error));
  });

  test('a body that ends when the signal fires: ABORTED, not the cut answer', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await settlesWithin(fetchApiKey({ realm, ...credentials, fetch: endsOnAbort, signal: controller.signal }), 3000);
    assert.ok(error instanceof AbortError, String(error));
  });
});

describe('option types', () => {
  test('a duck-typed signal is INVALID_ARGUMENT, and nothing is sent', async () => {
    let calls = 0;
    const fetch = /** @type {typeof globalThis.fetch} */ (async () => { calls += 1; return new Response('{}'); });
    for (const signal of [{ aborted: false, addEventListener() {} }, { aborted: false }, {}, 'signal']) {
      await rejectsWith(fetchApiKey({ realm: 'https://chat.example.com', ...credentials, fetch, signal: /** @type {any} */ (signal) }),
        InvalidInputError, { code: 'INVALID_ARGUMENT' });
    }
    assert.equal(calls, 0);
  });

  /** A look-alike of an AbortSignal with every member the deadline uses. */
  const lookAlike = () => ({ aborted: false, addEventListener() {}, removeEventListener() {} });
  const tagged = (/** @type {object} */ o) => Object.defineProperty(o, Symbol.toStringTag, { value: 'AbortSignal' });

  test('a complete look-alike of an AbortSignal, removeEventListener included, is refused before anything is sent', async () => {
    let calls = 0;
    const fetch = /** @type {typeof globalThis.fetch} */ (async () => { calls += 1; return new Response('{}'); });
    const { aborted, addEventListener, removeEventListener } = lookAlike();
    const signals = [
      lookAlike(),
      // Named AbortSignal, as another realm's is, but missing or mistyping a member the deadline uses.
      tagged({ addEventListener, removeEventListener }), tagged({ aborted: 'no', addEventListener, removeEventListener }),
      tagged({ aborted, addEventListener: 'x', removeEventListener }), tagged({ aborted, addEventListener }),
      tagged({ aborted, addEventListener, removeEventListener: 'x' }),
      tagged(Object.assign(() => {}, lookAlike())), // a function is no signal, whatever it carries
    ];
    for (const signal of signals) {
      await rejectsWith(fetchApiKey({ realm: 'https://chat.example.com', ...credentials, fetch, signal: /** @type {any} */ (signal) }),
        InvalidInputError, { code: 'INVALID_ARGUMENT', reason: 'signal' });
    }
    assert.equal(calls, 0);
  });

  test("another realm's AbortSignal (named so, with every member) is taken, and its abort cancels the call", async () => {
    /** @type {(() => void)[]} */
    const listeners = [];
    const signal = tagged({ aborted: false, addEventListener: (/** @type {string} */ _type, /** @type {() => void} */ f) => listeners.push(f),
      removeEventListener() {} });
    const fetch = /** @type {typeof globalThis.fetch} */ (() => new Promise(() => {}));
    const pending = fetchApiKey({ realm: 'https://chat.example.com', ...credentials, fetch, signal: /** @type {any} */ (signal) });
    await new Promise((resolve) => setTimeout(resolve, 10));
    for (const f of listeners) f();
    const error = await settlesWithin(pending, 3000);
    assert.ok(error instanceof AbortError, String(error));
  });

  test('a real AbortSignal is taken by its brand, whatever its name says', async () => {
    const signal = Object.defineProperty(new AbortController().signal, Symbol.toStringTag, { value: 'Other' });
    const result = await fetchApiKey({ realm: 'https://chat.example.com', ...credentials, fetch: answering(200, success), signal });
    assert.equal(result.apiKey, success.api_key);
  });

  test('every other option is refused by name before anything is sent', async () => {
    let calls = 0;
    const fetch = /** @type {typeof globalThis.fetch} */ (async () => { calls += 1; return new Response('{}'); });
    const realm = 'https://chat.example.com';
    for (const [call, options, reason] of /** @type {const} */ ([
      [fetchApiKey, { realm: 42, ...credentials }, 'realm'],
      [fetchApiKey, { realm, username: 7, password }, 'username-type'],
      [fetchApiKey, { realm, username: 'iago@zulip.com', password: 7 }, 'password-type'],
      [verifyApiKey, { realm, email: 7, apiKey: 'abc' }, 'email-type'],
      [jwtFetchApiKey, { realm, token: 'abc', includeProfile: 'yes' }, 'includeProfile'],
      [fetchApiKey, { realm, ...credentials, timeoutMs: 0 }, 'timeoutMs'],
      [fetchApiKey, { realm, ...credentials, timeoutMs: 2 ** 31 }, 'timeoutMs'],
      [fetchApiKey, { realm, ...credentials, allowInsecureHttp: 1 }, 'allowInsecureHttp'],
      [fetchApiKey, { realm, ...credentials, fetch: 'fetch' }, 'fetch'],
      [fetchApiKey, { realm, ...credentials, messages: 'words' }, 'messages'],
      [fetchApiKey, { realm, ...credentials, messages: new Proxy({}, { ownKeys() { throw new Error('trap'); } }) }, 'messages'],
    ])) {
      const error = await rejectsWith(/** @type {any} */ (call)({ fetch, ...options }), InvalidInputError,
        { code: 'INVALID_ARGUMENT', reason });
      if (options.timeoutMs) assert.match(error.message, /at most 2147483647\b/);
    }
    assert.equal(calls, 0);
    for (const options of [null, 'options']) {
      await rejectsWith(fetchApiKey(/** @type {any} */ (options)), InvalidInputError,
        { code: 'INVALID_ARGUMENT', reason: 'options', message: 'fetchApiKey takes an options object, e.g. { realm, username, password }.' });
    }
    await rejectsWith(getServerSettings(/** @type {any} */ (null)), InvalidInputError,
      { code: 'INVALID_ARGUMENT', reason: 'options', message: 'getServerSettings takes an options object, e.g. { realm }.' });
  });

  test('the longest timeout and a null messages map are taken; includeProfile defaults to false', async () => {
    const realm = 'https://chat.example.com';
    const result = await fetchApiKey({ realm, ...credentials, fetch: answering(200, success), timeoutMs: 2 ** 31 - 1,
      messages: /** @type {any} */ (null) });
    assert.equal(result.apiKey, success.api_key);
    /** @type {string[]} */
    const bodies = [];
    const recorder = /** @type {typeof globalThis.fetch} */ (async (_url, init) => {
      bodies.push(new TextDecoder().decode(/** @type {Uint8Array} */ (init?.body)));
      return new Response(JSON.stringify(success));
    });
    await jwtFetchApiKey({ realm, token: 'abc', fetch: recorder });
    assert.ok(!bodies[0].includes('include_profile=true'), bodies[0]);
  });

  test("a messages map's words are used for the options' own errors, those that are not strings are not", async () => {
    const error = await fetchApiKey({ realm: 'https://chat.example.com', username: 'iago@zulip.com', password: '',
      messages: /** @type {any} */ ({ 'INVALID_ARGUMENT.password': 42 }) }).catch((e) => e);
    assert.equal(error.message, 'Enter your password.');
    const typed = await fetchApiKey({ realm: 'https://chat.example.com', username: 'iago@zulip.com', password: /** @type {any} */ (7),
      messages: { 'INVALID_ARGUMENT.password-type': 'Passwort: Text.' } }).catch((e) => e);
    assert.equal(typed.message, 'Passwort: Text.');
  });

  test('every rejection is a ZulipError, whatever the fetch throws', async () => {
    for (const thrown of [null, undefined, 42, 'text', Symbol('s'), { message: 'not an Error' }]) {
      const fetch = /** @type {typeof globalThis.fetch} */ (async () => { throw thrown; });
      await rejectsWith(fetchApiKey({ realm: 'https://chat.example.com', ...credentials, fetch }), NetworkError,
        { code: 'NETWORK_ERROR' });
    }
    const returnsJunk = /** @type {any} */ (async () => 42);
    await rejectsWith(fetchApiKey({ realm: 'https://chat.example.com', ...credentials, fetch: returnsJunk }),
      ZulipError, {});
  });
});

describe('odd words and odd codes', () => {
  test("a server's code that is the password is not kept as the code", async () => {
    const codeWord = 'HUNTER2_SECRET';
    await withAnswer(400, { result: 'error', code: codeWord, msg: 'm' }, async (realm) => {
      const error = await rejectsWith(fetchApiKey({ realm, username: 'iago@zulip.com', password: codeWord }), ZulipApiError,
        { code: 'BAD_REQUEST', serverCode: 'its text is withheld because it quoted your password' });
      assert.ok(!everyRendering(error).includes(codeWord));
    });
  });

  test('a messages map with a locale Intl does not take still makes an error (in its words)', async () => {
    const messages = { locale: 'not a locale!', TIMEOUT: 'Zu langsam: {timeout}.' };
    const neverSettles = /** @type {typeof globalThis.fetch} */ (() => new Promise(() => {}));
    const error = await settlesWithin(fetchApiKey({ realm: 'https://chat.example.com', ...credentials, fetch: neverSettles,
      timeoutMs: 100, messages }), 3000);
    assert.ok(error instanceof TimeoutError, String(error));
    assert.equal(/** @type {Error} */ (error).message, 'Zu langsam: 100 milliseconds.');
  });
});

/**
 * A fetch answering every request with `status` and `payload` as JSON (`init` is given to the
 * Response: headers; a property of it named `response` is set on the Response as is).
 * @param {number} status @param {unknown} payload @param {Record<string, unknown>} [extra]
 * @returns {typeof globalThis.fetch}
 */
const answering = (status, payload, extra = {}) => async () =>
  Object.defineProperties(new Response(JSON.stringify(payload), { status, headers: { 'Retry-After': '7' } }),
    Object.fromEntries(Object.entries(extra).map(([k, value]) => [k, { value }])));

/** Every field a person or a log sees of an error, as one comparable value. @param {any} e */
const fieldsOf = (e) => ({ class: e.constructor.name, message: e.message, json: JSON.stringify(e) });

describe("a known code is decided before anything is withheld, whatever the password", () => {
  const realm = 'https://chat.example.com';
  /** @type {Array<[number, Record<string, unknown>]>} Zulip's real answers */
  const answers = [
    [401, { result: 'error', code: 'AUTHENTICATION_FAILED', msg: 'Your username or password is incorrect' }],
    [429, { result: 'error', code: 'RATE_LIMIT_HIT', msg: 'API usage exceeded rate limit', 'retry-after': 7 }],
    [401, { result: 'error', code: 'USER_DEACTIVATED', msg: 'Account is deactivated' }],
  ];
  for (const [status, payload] of answers) {
    test(`${payload.code}: the same error for every password, nothing marked`, async () => {
      const reference = fieldsOf(await fetchApiKey({ realm, username: 'iago@zulip.com', password: 'unrelated#1',
        fetch: answering(status, payload) }).catch((e) => e));
      assert.equal(JSON.parse(reference.json).code, payload.code);
      for (const password of ['password', 'FAILED', 'A', 'LIMIT', 'e', 'incorrect', 'username', 'RATE_LIMIT_HIT',
        'AUTHENTICATION_FAILED', 'deactivated']) {
        const error = await fetchApiKey({ realm, username: 'iago@zulip.com', password, fetch: answering(status, payload) })
          .catch((e) => e);
        assert.deepEqual(fieldsOf(error), reference, `password ${password}`);
        assert.ok(!everyRendering(error).includes('redacted'), `password ${password}`);
      }
    });
  }
});

describe('the names of the fields sent are public words', () => {
  test('REQUEST_VARIABLE_MISSING keeps varName "password" when the password is "password"', async () => {
    const payload = { result: 'error', code: 'REQUEST_VARIABLE_MISSING', var_name: 'password', msg: "Missing 'password' argument" };
    const error = await fetchApiKey({ realm: 'https://chat.example.com', username: 'iago@zulip.com', password: 'password',
      fetch: answering(400, payload) }).catch((e) => e);
    assert.equal(error.code, 'REQUEST_VARIABLE_MISSING');
    assert.equal(error.varName, 'password');
  });
  test('and varName "username" when the password is "user"', async () => {
    const payload = { result: 'error', code: 'REQUEST_VARIABLE_MISSING', var_name: 'username', msg: "Missing 'username' argument" };
    const error = await fetchApiKey({ realm: 'https://chat.example.com', username: 'iago@zulip.com', password: 'user',
      fetch: answering(400, payload) }).catch((e) => e);
    assert.equal(error.varName, 'username');
  });
});

describe('withheld only where it comes from outside', () => {
  test('a field name the request does not send is withheld when it quotes the password', async () => {
    const payload = { result: 'error', code: 'REQUEST_VARIABLE_MISSING', var_name: `pw_${password}`, msg: 'Missing argument' };
    const error = await fetchApiKey({ realm: 'https://chat.example.com', ...credentials, fetch: answering(400, payload) }).catch((e) => e);
    assert.equal(error.code, 'REQUEST_VARIABLE_MISSING');
    assert.match(error.varName, /withheld/i);
  });
  test('our own code is kept whatever the password (NETWORK_ERROR with the password "network_er")', async () => {
    const error = await fetchApiKey({ realm: 'https://chat.example.com', username: 'iago@zulip.com', password: 'network_er',
      fetch: async () => { throw new TypeError('offline'); } }).catch((e) => e);
    assert.equal(error.code, 'NETWORK_ERROR');
  });
});

describe('a call that sends no secret withholds nothing', () => {
  test("getServerSettings keeps a server's text and a fetch's error as they are", async () => {
    const realm = 'https://chat.example.com';
    const answered = await getServerSettings({ realm, fetch: answering(400, { result: 'error', code: 'SOMETHING_NEW', msg: 'Quota hit' }) })
      .catch((e) => e);
    assert.equal(answered.serverMessage, 'Quota hit');
    const thrown = Object.assign(new TypeError('offline'), { request: { url: realm } });
    const failed = await getServerSettings({ realm, fetch: async () => { throw thrown; } }).catch((e) => e);
    assert.equal(failed.cause, thrown);
  });
});

describe('server text that quotes the password is withheld whole, in any form', () => {
  const realm = 'https://chat.example.com';
  const secret = 'my pass!é\u00dfW0rd<&>';
  const forms = {
    'as given': secret,
    'form-encoded': new URLSearchParams({ s: secret }).toString().slice(2),
    'form-encoded, lower-case hex': new URLSearchParams({ s: secret }).toString().slice(2).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
    "Python's quote()": encodeURIComponent(secret).replace(/!/g, '%21'),
    encodeURIComponent: encodeURIComponent(secret),
    'mixed-case hex': encodeURIComponent(secret).replace(/%([0-9A-F])([0-9A-F])/g, (_h, a, b) => `%${a}${b.toLowerCase()}`),
    'HTML-escaped': secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    'HTML numeric escapes': [...secret].map((c) => `&#${c.codePointAt(0)};`).join(''),
    'HTML hex escapes': [...secret].map((c) => `&#x${c.codePointAt(0)?.toString(16)};`).join(''),
    NFD: secret.normalize('NFD'),
    'upper-cased': secret.toUpperCase(),
    'lower-cased': secret.toLowerCase(),
    'JSON-escaped': JSON.stringify(secret).slice(1, -1).replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  };
  for (const [name, form] of Object.entries(forms)) {
    test(`${name}: an unknown code's msg is withheld with our sentence`, async () => {
      const msg = `Bad body: username=x&password=${form}; try again`;
      const error = await fetchApiKey({ realm, username: 'iago@zulip.com', password: secret,
        fetch: answering(400, { result: 'error', code: 'SOMETHING_NEW', msg }) }).catch((e) => e);
      assert.equal(error.code, 'SOMETHING_NEW');
      assert.match(error.serverMessage, /withheld.*password/i);
      assert.match(error.message, /withheld.*password/i);
      const shown = everyRendering(error);
      assert.ok(!shown.includes(form) && !shown.includes('Bad body') && !shown.includes('redacted'), shown);
    });
    test(`${name}: a custom fetch's error text is withheld with our sentence`, async () => {
      const fetch = async () => { throw new TypeError(`could not send password=${form}`); };
      const error = await fetchApiKey({ realm, username: 'iago@zulip.com', password: secret, fetch }).catch((e) => e);
      assert.equal(error.code, 'NETWORK_ERROR');
      assert.match(error.message, /withheld.*password/i);
      const shown = everyRendering(error);
      assert.ok(!shown.includes(form) && !shown.includes('could not send'), shown);
      assert.equal(error.cause?.name, 'TypeError');
    });
  }

  test('text that does not hold the password is kept as the server sent it', async () => {
    const error = await fetchApiKey({ realm, username: 'iago@zulip.com', password: 'e',
      fetch: answering(400, { result: 'error', code: 'SOMETHING_NEW', msg: 'Quota hit' }) }).catch((e) => e);
    assert.equal(error.serverMessage, 'Quota hit');
    const bad = await fetchApiKey({ realm, username: 'iago@zulip.com', password: 'e',
      fetch: answering(400, { result: 'error', code: 'BAD_REQUEST', msg: 'Your username is wrong' }) }).catch((e) => e);
    assert.match(bad.serverMessage, /withheld/i);
    assert.ok(!everyRendering(bad).includes('Your us'), everyRendering(bad));
  });

  test('a character reference past U+10FFFF is text, and U+10FFFF itself is decoded', async () => {
    const kept = await fetchApiKey({ realm, username: 'iago@zulip.com', password: 'pw',
      fetch: answering(400, { result: 'error', code: 'SOMETHING_NEW', msg: 'odd &#x110000; here' }) }).catch((e) => e);
    assert.equal(kept.serverMessage, 'odd &#x110000; here');
    const held = await fetchApiKey({ realm, username: 'iago@zulip.com', password: 'x\u{10FFFF}y',
      fetch: answering(400, { result: 'error', code: 'SOMETHING_NEW', msg: 'got x&#x10ffff;y' }) }).catch((e) => e);
    assert.match(held.serverMessage, /withheld/i);
  });

  test("an unknown code that holds the password is not kept: BAD_REQUEST, serverCode withheld", async () => {
    const error = await fetchApiKey({ realm, username: 'iago@zulip.com', password: 'ZZ',
      fetch: answering(400, { result: 'error', code: 'ERR_ZZ_TOP', msg: 'm' }) }).catch((e) => e);
    assert.equal(error.code, 'BAD_REQUEST');
    assert.match(error.serverCode, /withheld/i);
    assert.ok(!everyRendering(error).includes('ZZ_TOP'));
  });
});

describe('the password length is limited', () => {
  test('a 5,000,000-character password is INVALID_ARGUMENT at once, and nothing is sent', async () => {
    let calls = 0;
    const fetch = /** @type {typeof globalThis.fetch} */ (async () => { calls += 1; return new Response('{}'); });
    for (const call of [fetchApiKey, login]) {
      const error = await call({ realm: 'https://chat.example.com', username: 'iago@zulip.com', password: '!'.repeat(5_000_000), fetch })
        .catch((e) => e);
      assert.ok(error instanceof InvalidInputError, String(error));
      assert.equal(error.reason, 'password-length');
      assert.match(error.message, /1000 characters/);
    }
    assert.equal(calls, 0);
  });

  test('the longest password allowed, echoed in a 1 MiB answer: the work stays linear', async () => {
    const password = 'é!'.repeat(500);
    const echo = `${encodeURIComponent(password)} `.repeat(Math.floor(1_000_000 / 4000));
    // Every character the string methods touch during one failed call, counted.
    let touched = 0;
    const methods = /** @type {const} */ (['indexOf', 'includes', 'split', 'replace', 'replaceAll', 'normalize', 'toLowerCase', 'toUpperCase']);
    const originals = methods.map((name) => String.prototype[name]);
    methods.forEach((name, i) => {
      // eslint-disable-next-line no-extend-native
      String.prototype[name] = /** @type {any} */ (function (/** @type {any[]} */ ...args) {
        touched += String(this).length;
        return /** @type {any} */ (originals[i]).apply(this, args);
      });
    });
    let error;
    try {
      error = await fetchApiKey({ realm: 'https://chat.example.com', username: 'iago@zulip.com', password,
        fetch: answering(400, { result: 'error', code: 'SOMETHING_NEW', msg: echo }) }).catch((e) => e);
    } finally {
      methods.forEach((name, i) => { String.prototype[name] = /** @type {any} */ (originals[i]); });
    }
    assert.equal(error.code, 'SOMETHING_NEW');
    assert.match(error.serverMessage, /withheld/i);
    // A few passes over the answer, never one per occurrence or per form.
    assert.ok(touched < 40 * echo.length, `${touched} characters touched for a ${echo.length}-character answer`);
  });
});

describe('a fetch that followed a redirect is caught', () => {
  const realm = 'https://chat.example.com';
  for (const [name, extra] of /** @type {const} */ ([
    ['redirected: true', { redirected: true }],
    ['a url other than the one requested', { url: 'https://elsewhere.example/api/v1/fetch_api_key' }],
  ])) {
    test(`${name}: UNEXPECTED_REDIRECT, the key is never returned`, async () => {
      const error = await fetchApiKey({ realm, ...credentials, fetch: answering(200, success, extra) }).catch((e) => e);
      assert.equal(error?.code, 'UNEXPECTED_REDIRECT', String(error));
      assert.ok(!everyRendering(error).includes(success.api_key));
    });
  }
  test("a browser's opaque redirect (type 'opaqueredirect'): UNEXPECTED_REDIRECT, whatever its status says", async () => {
    const error = await fetchApiKey({ realm, ...credentials, fetch: answering(200, success, { type: 'opaqueredirect' }) })
      .catch((e) => e);
    assert.equal(error?.code, 'UNEXPECTED_REDIRECT', String(error));
    assert.ok(!everyRendering(error).includes(success.api_key));
  });
  test('the fetch is asked not to follow a redirect, not to send cookies and not to cache', async () => {
    /** @type {RequestInit | undefined} */
    let asked;
    const fetch = /** @type {typeof globalThis.fetch} */ (async (_url, init) => {
      asked = init;
      return Response.json(success);
    });
    await fetchApiKey({ realm, ...credentials, fetch });
    assert.equal(asked?.redirect, 'manual');
    assert.equal(asked?.credentials, 'omit');
    assert.equal(asked?.cache, 'no-store');
    assert.equal(asked?.method, 'POST');
  });
  test('the same url, or none (a test double), is the answer of the request', async () => {
    for (const extra of [{ url: `${realm}/api/v1/fetch_api_key` }, { url: '' }, { redirected: false }]) {
      const result = await fetchApiKey({ realm, ...credentials, fetch: answering(200, success, extra) });
      assert.equal(result.apiKey, success.api_key);
    }
  });
});

describe('every failure is a ZulipError', () => {
  const realm = 'https://chat.example.com';
  const fetch = answering(200, success);
  test('a messages option whose getter throws, or a Proxy', async () => {
    const throwing = { get messages() { throw new Error('getter'); }, realm, ...credentials, fetch };
    const proxy = { realm, ...credentials, fetch, messages: new Proxy({}, { get() { throw new Error('trap'); },
      has() { throw new Error('trap'); }, getOwnPropertyDescriptor() { throw new Error('trap'); } }) };
    const outcomes = await Promise.all([fetchApiKey(/** @type {any} */ (throwing)).catch((e) => e),
      fetchApiKey(/** @type {any} */ (proxy)).then((r) => r, (e) => e)]);
    assert.ok(outcomes[0] instanceof InvalidInputError, String(outcomes[0]));
    assert.ok(outcomes[1] instanceof ZulipError || outcomes[1]?.apiKey === success.api_key, String(outcomes[1]));
    const failing = await fetchApiKey(/** @type {any} */ ({ ...proxy, fetch: answering(401, { result: 'error', code: 'AUTHENTICATION_FAILED', msg: 'x' }) }))
      .catch((e) => e);
    assert.ok(failing instanceof ZulipError, String(failing));
  });
  test('a signal look-alike whose addEventListener throws', async () => {
    const signal = new AbortController().signal;
    Object.defineProperty(signal, 'addEventListener', { value() { throw new Error('listener'); } });
    const error = await fetchApiKey({ realm, ...credentials, fetch, signal }).then((r) => r, (e) => e);
    assert.ok(error instanceof InvalidInputError, String(error));
    assert.equal(error.reason, 'signal');
  });
  test('a password getter that gives a string once, then undefined: read once', async () => {
    let reads = 0;
    const options = { realm, username: 'iago@zulip.com', fetch, get password() { reads += 1; return reads === 1 ? 'pw' : undefined; } };
    const result = await fetchApiKey(/** @type {any} */ (options)).catch((e) => e);
    assert.equal(result.apiKey, success.api_key, String(result));
    assert.equal(reads, 1);
    let loginReads = 0;
    const loginOptions = { ...options, get password() { loginReads += 1; return loginReads === 1 ? 'pw' : undefined; },
      fetch: /** @type {typeof globalThis.fetch} */ (async (url) => String(url).endsWith('server_settings')
        ? new Response(JSON.stringify({ result: 'success', msg: '', zulip_feature_level: 300, realm_url: realm,
          authentication_methods: { password: true } }))
        : new Response(JSON.stringify(success))) };
    const logged = await login(/** @type {any} */ (loginOptions)).catch((e) => e);
    assert.equal(logged.apiKey, success.api_key, String(logged));
    assert.equal(loginReads, 1);
  });
  test('every option is read once', async () => {
    /** @type {Record<string, number>} */
    const reads = {};
    const values = { realm, ...credentials, fetch, timeoutMs: 5000, allowInsecureHttp: false, signal: undefined, messages: undefined };
    const options = Object.defineProperties({}, Object.fromEntries(Object.entries(values).map(([key, value]) =>
      [key, { enumerable: true, get() { reads[key] = (reads[key] ?? 0) + 1; return value; } }])));
    await fetchApiKey(/** @type {any} */ (options));
    assert.ok(Object.values(reads).every((n) => n === 1), JSON.stringify(reads));
  });
  test('jwtFetchApiKey and verifyApiKey read each option once too; a getter that throws is INVALID_ARGUMENT', async () => {
    /** Options whose getters count their reads. @param {Record<string, unknown>} values @param {Record<string, number>} reads */
    const counted = (values, reads) => Object.defineProperties({}, Object.fromEntries(Object.entries(values).map(([key, value]) =>
      [key, { enumerable: true, get() { reads[key] = (reads[key] ?? 0) + 1; return value; } }])));
    /** @type {Record<string, number>} */
    const jwtReads = {};
    const jwt = await jwtFetchApiKey(/** @type {any} */ (counted({ realm, token: 'a.b.c', includeProfile: false, fetch }, jwtReads)));
    assert.equal(jwt.apiKey, success.api_key);
    assert.deepEqual(jwtReads, { realm: 1, token: 1, includeProfile: 1, fetch: 1 });
    /** @type {Record<string, number>} */
    const verifyReads = {};
    const me = { result: 'success', msg: '', user_id: 5, email: 'iago@zulip.com', full_name: 'Iago', is_bot: false, role: 200 };
    const user = await verifyApiKey(/** @type {any} */ (counted({ realm, email: 'iago@zulip.com', apiKey: success.api_key,
      fetch: answering(200, me) }, verifyReads)));
    assert.equal(user.userId, 5);
    assert.deepEqual(verifyReads, { realm: 1, email: 1, apiKey: 1, fetch: 1 });
    for (const [call, secret, reason] of /** @type {const} */ ([[jwtFetchApiKey, 'token', 'token-type'], [verifyApiKey, 'apiKey', 'api-key-type']])) {
      const throwing = Object.defineProperty({ realm, email: 'iago@zulip.com', fetch }, secret, { get() { throw new Error('getter'); } });
      await rejectsWith(call(/** @type {any} */ (throwing)), InvalidInputError, { reason });
    }
  });
  test('a token longer than a JWT can sensibly be is INVALID_ARGUMENT, and nothing is sent', async () => {
    let sent = 0;
    const counting = /** @type {typeof globalThis.fetch} */ (async () => { sent += 1; return new Response('{}'); });
    await rejectsWith(jwtFetchApiKey({ realm, token: 'x'.repeat(8001), fetch: counting }), InvalidInputError,
      { reason: 'token-length' });
    await rejectsWith(verifyApiKey({ realm, email: 'iago@zulip.com', apiKey: 'x'.repeat(1001), fetch: counting }), InvalidInputError,
      { reason: 'api-key' });
    assert.equal(sent, 0);
  });
  test('a fetch error whose getters throw', async () => {
    const thrown = new Error('x');
    for (const key of ['message', 'cause', 'name', 'stack', 'code']) {
      Object.defineProperty(thrown, key, { get() { throw new Error('getter'); } });
    }
    const proxy = new Proxy(new Error('y'), { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); },
      getOwnPropertyDescriptor() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } });
    for (const value of [thrown, proxy]) {
      const error = await fetchApiKey({ realm, ...credentials, fetch: async () => { throw value; } }).catch((e) => e);
      assert.ok(error instanceof NetworkError, String(error));
      everyRendering(error); // renders without throwing
    }
  });
});

describe('every wait is bounded by the deadline, the body included', () => {
  const realm = 'https://chat.example.com';
  /** @param {(controller: ReadableStreamDefaultController) => void} pull */
  const streaming = (pull) => /** @type {typeof globalThis.fetch} */ (async () =>
    new Response(new ReadableStream({ pull }, { highWaterMark: 0 }), { status: 200 }));
  test('zero-length chunks for ever: TIMEOUT', async () => {
    const error = await settlesWithin(fetchApiKey({ realm, ...credentials, timeoutMs: 200,
      fetch: streaming((c) => c.enqueue(new Uint8Array(0))) }), 5000);
    assert.ok(error instanceof TimeoutError, String(error));
  });
  test('zero-length chunks for ever: ABORTED when the signal fires', async () => {
    const error = await settlesWithin(fetchApiKey({ realm, ...credentials, signal: AbortSignal.timeout(200),
      fetch: streaming((c) => c.enqueue(new Uint8Array(0))) }), 5000);
    assert.ok(error instanceof AbortError, String(error));
  });
  for (const [name, chunk] of /** @type {Array<[string, unknown]>} */ ([['strings', 'x'.repeat(1000)], ['numbers', 7],
    ['plain objects', { byteLength: 1 }], ['ArrayBuffers', new ArrayBuffer(1000)]])) {
    test(`chunks that are ${name}, not byte arrays: a ZulipError, never past the cap`, async () => {
      const error = await settlesWithin(fetchApiKey({ realm, ...credentials, timeoutMs: 3000,
        fetch: streaming((c) => c.enqueue(chunk)) }), 5000);
      assert.ok(error instanceof NetworkError || error instanceof MalformedResponseError, String(error));
      assert.notEqual(/** @type {any} */ (error).code, 'TIMEOUT');
    });
  }
});

describe("the deadline tells the fetch, keeps its first reason and leaves no listener on the caller's signal", () => {
  const realm = 'https://chat.example.com';
  /** Resolves after `ms`: every timer of a shorter delay set before it has run by then. */
  const after = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

  test("the fetch's own signal is aborted when the caller's fires", async () => {
    const caller = new AbortController();
    /** @type {AbortSignal | undefined} */
    let given;
    const fetch = /** @type {typeof globalThis.fetch} */ ((_url, init) => {
      given = init?.signal ?? undefined;
      caller.abort();
      return new Promise(() => {}); // ignores its signal: only the race ends the call
    });
    const error = await settlesWithin(fetchApiKey({ realm, ...credentials, fetch, signal: caller.signal }), 3000);
    assert.ok(error instanceof AbortError, String(error));
    assert.equal(given?.aborted, true);
  });

  test("a long-lived caller signal keeps no listener once each call ended", async () => {
    const caller = new AbortController();
    const fetch = /** @type {typeof globalThis.fetch} */ (async () => Response.json(success));
    for (let i = 0; i < 3; i++) await fetchApiKey({ realm, ...credentials, fetch, signal: caller.signal });
    assert.equal(getEventListeners(caller.signal, 'abort').length, 0);
  });

  test("the caller's signal drops our listener when it fires, before dispose()", () => {
    const caller = new AbortController();
    const deadline = startDeadline(caller.signal, 60_000);
    assert.equal(getEventListeners(caller.signal, 'abort').length, 1);
    caller.abort();
    assert.equal(getEventListeners(caller.signal, 'abort').length, 0);
    assert.equal(deadline.signal.aborted, true);
    deadline.dispose();
  });

  test('ABORTED stays ABORTED when the time runs out later', async () => {
    const caller = new AbortController();
    const deadline = startDeadline(caller.signal, 1);
    caller.abort();
    await after(20); // the 1 ms timer has fired by then: not disposed, on purpose
    assert.equal(deadline.reason(), 'ABORTED');
    assert.deepEqual(deadline.failure(), { code: 'ABORTED' });
    assert.equal(await deadline.fired(), 'ABORTED');
    deadline.dispose();
  });

  test('a signal aborted before the start: ABORTED at once, and fired() resolves when asked after', async () => {
    const deadline = startDeadline(AbortSignal.abort(), 60_000);
    assert.equal(deadline.reason(), 'ABORTED');
    assert.equal(deadline.signal.aborted, true);
    // fired() asked only after the deadline fired: a promise made then would wait for ever.
    const outcome = await Promise.race([deadline.fired(), after(50).then(() => 'pending')]);
    assert.equal(outcome, 'ABORTED');
    deadline.dispose();
  });

  test('TIMEOUT when the time runs out first, with its timeoutMs', async () => {
    const deadline = startDeadline(new AbortController().signal, 1);
    assert.equal(deadline.reason(), null);
    assert.equal(await deadline.fired(), 'TIMEOUT');
    assert.deepEqual(deadline.failure(), { code: 'TIMEOUT', words: { timeoutMs: 1 } });
    assert.equal(deadline.signal.aborted, true);
    deadline.dispose();
  });
});

describe("a failed fetch's reason, in a few words, from whatever it threw", () => {
  const throwing = Object.defineProperty({}, 'message', { get() { throw new Error('getter'); } });
  for (const [name, thrown, words] of /** @type {Array<[string, unknown, string]>} */ ([
    ["Node's: the message and the cause's code", new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED', message: 'connect' } }), 'fetch failed: ECONNREFUSED'],
    ["a cause with a message only", new TypeError('fetch failed', { cause: new Error('other side closed') }), 'fetch failed: other side closed'],
    ['a message only', new TypeError('Load failed'), 'Load failed'],
    ['a cause only', Object.assign(new Error(''), { cause: { code: 'ENOTFOUND' } }), 'ENOTFOUND'],
    ['words that are not strings', { message: 7, cause: { code: 42 } }, 'fetch failed'],
    ['empty words', { message: '', cause: { code: '' } }, 'fetch failed'],
    ['null', null, 'fetch failed'],
    ['a getter that throws', throwing, 'fetch failed'],
  ])) {
    test(name, () => assert.equal(platformReason(thrown), words));
  }
});

describe('a fetch that answers with something that is no Response', () => {
  const realm = 'https://chat.example.com';
  for (const [name, answer] of /** @type {Array<[string, unknown]>} */ ([
    ['null', null], ['a number', 5], ['an empty object', {}], ['a status only', { status: 200 }],
    ['a status that is no integer', { status: '200', headers: new Headers(), body: null }],
    ['headers without get()', { status: 200, headers: {}, body: null }],
    ['a body without getReader()', { status: 200, headers: new Headers(), body: {} }],
    ['no body member at all', { status: 200, headers: new Headers() }],
  ])) {
    test(`${name}: NETWORK_ERROR "not-a-response", nothing read from it`, async () => {
      const fetch = /** @type {typeof globalThis.fetch} */ (async () => answer);
      const error = await fetchApiKey({ realm, ...credentials, fetch }).catch((e) => e);
      assert.ok(error instanceof NetworkError, String(error));
      assert.equal(error.message, 'Could not reach the server: the fetch function did not return a Response.');
      assert.equal(error.cause, undefined);
    });
  }
});

describe('the body as the transport reads it', () => {
  const realm = 'https://chat.example.com';
  const success = { result: 'success', msg: '', api_key: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', email: 'iago@zulip.com', user_id: 5 };
  /** A fetch whose answer's body comes in the given chunks. @param {Uint8Array[]} chunks @param {number} [status] @param {HeadersInit} [headers] */
  const chunked = (chunks, status = 200, headers = {}) => /** @type {typeof fetch} */ (async () =>
    new Response(new ReadableStream({ start(c) { for (const chunk of chunks) c.enqueue(chunk); c.close(); } }), { status, headers }));
  const bytes = (/** @type {string} */ text) => new TextEncoder().encode(text);

  test('an answer in several chunks is put back together in order', async () => {
    const text = JSON.stringify(success);
    const parts = [text.slice(0, 7), text.slice(7, 30), text.slice(30)].map(bytes);
    const result = await fetchApiKey({ realm, ...credentials, fetch: chunked(parts) });
    assert.equal(result.apiKey, success.api_key);
  });

  test('a body of exactly the cap is read; one byte more is RESPONSE_TOO_LARGE', async () => {
    const cap = 1 << 20; // src/response.hpp's kMaxResponseBytes
    const bare = JSON.stringify({ ...success, msg: '' });
    const exact = bytes(JSON.stringify({ ...success, msg: 'x'.repeat(cap - bare.length) }));
    assert.equal(exact.length, cap);
    const result = await fetchApiKey({ realm, ...credentials, fetch: chunked([exact]) });
    assert.equal(result.apiKey, success.api_key);
    const over = bytes(JSON.stringify({ ...success, msg: 'x'.repeat(cap - bare.length + 1) }));
    await rejectsWith(fetchApiKey({ realm, ...credentials, fetch: chunked([over]) }), MalformedResponseError, { code: 'RESPONSE_TOO_LARGE' });
  });

  test('the Retry-After header gives the wait when the body names none', async () => {
    const body = bytes(JSON.stringify({ result: 'error', code: 'RATE_LIMIT_HIT', msg: 'API usage exceeded rate limit' }));
    const error = await rejectsWith(fetchApiKey({ realm, ...credentials, fetch: chunked([body], 429, { 'Retry-After': '7' }) }),
      ZulipApiError, { code: 'RATE_LIMIT_HIT' });
    assert.equal(error.retryAfter, 7);
  });
});
