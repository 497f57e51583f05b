// A hostile server, a hostile fetch and odd options, as an attacker would try them against the
// packed package: what the server sends is data, never a way to pick a class, a code or a word.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AbortError, fetchApiKey, InvalidInputError, login, MalformedResponseError, NetworkError, TimeoutError,
  ZulipApiError, ZulipError,
} from 'zulip-fetch-api-key';
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
          if (status !== 500) assert.match(String(error.serverMessage), /redacted/);
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
        { code: 'BAD_REQUEST', serverCode: '[redacted]' });
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
