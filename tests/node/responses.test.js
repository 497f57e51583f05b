// What fetchApiKey makes of answers no Zulip server should give, and of failed connections:
// each over real loopback HTTP from a small server built for the case.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AbortError, fetchApiKey, MalformedResponseError, NetworkError, ServerError, TimeoutError,
  UnexpectedRedirectError, ZulipApiError,
} from 'zulip-fetch-api-key';
import { rejectsWith } from './helpers/assertions.js';
import { closedPort, sendJson, startHttpServer, startTcpServer } from './helpers/servers.js';

const login = { username: 'iago@zulip.com', password: 'abcd1234' };
const success = { result: 'success', msg: '', api_key: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', email: 'iago@zulip.com', user_id: 5 };

/**
 * Runs `body` with a server answering every request with `status` and `payload`.
 * @param {number} status
 * @param {unknown} payload
 * @param {(url: string) => Promise<void>} body
 * @param {Record<string, string>} [headers]
 */
async function withAnswer(status, payload, body, headers) {
  const server = await startHttpServer((_req, res) => sendJson(res, status, payload, headers));
  try {
    await body(server.url);
  } finally {
    await server.close();
  }
}

describe('statuses', () => {
  for (const status of [500, 502, 503, 504, 599]) {
    test(`${status} -> SERVER_ERROR whatever the body`, async () => {
      for (const payload of ['<html>Bad Gateway</html>', { result: 'error', msg: 'Internal server error' }]) {
        await withAnswer(status, payload, (realm) => rejectsWith(fetchApiKey({ realm, ...login }),
          ServerError, { code: 'SERVER_ERROR', httpStatus: status }).then(() => {}));
      }
    });
  }

  for (const status of [201, 202, 204, 206]) {
    test(`${status} -> MALFORMED_RESPONSE`, async () => {
      await withAnswer(status, status === 204 ? '' : success, (realm) => rejectsWith(fetchApiKey({ realm, ...login }),
        MalformedResponseError, { code: 'MALFORMED_RESPONSE', httpStatus: status }).then(() => {}));
    });
  }

  for (const status of [301, 302, 303, 307, 308]) {
    test(`${status} -> UNEXPECTED_REDIRECT, not followed`, async () => {
      const target = await startHttpServer((_req, res) => sendJson(res, 200, success));
      const redirector = await startHttpServer((_req, res) => {
        res.writeHead(status, { Location: `${target.url}/api/v1/fetch_api_key` });
        res.end();
      });
      try {
        await rejectsWith(fetchApiKey({ realm: redirector.url, ...login }), UnexpectedRedirectError,
          { code: 'UNEXPECTED_REDIRECT', httpStatus: status });
        assert.equal(redirector.requests.length, 1);
        assert.equal(target.requests.length, 0, 'the redirect target received nothing');
      } finally {
        await Promise.all([target.close(), redirector.close()]);
      }
    });
  }

  test('103 Early Hints before the 200 is not the answer: the 200 is', async () => {
    const server = await startTcpServer((socket) => socket.once('data', () => {
      const body = JSON.stringify(success);
      socket.end(`HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    }));
    try {
      assert.equal((await fetchApiKey({ realm: server.url, ...login })).apiKey, success.api_key);
    } finally {
      await server.close();
    }
  });
});

describe('bodies', () => {
  const malformed200 = [
    ['not JSON', 'Welcome!'], ['HTML', '<!DOCTYPE html><html></html>'], ['empty', ''],
    ['an array', []], ['null', null], ['a number', 3], ['true', true],
    ['result error on 200', { result: 'error', msg: 'x', code: 'BAD_REQUEST' }],
    ['no api_key', { result: 'success', msg: '', email: 'iago@zulip.com' }],
    ['an empty api_key', { ...success, api_key: '' }],
    ['an api_key with a newline', { ...success, api_key: 'abc\r\nX-Evil: 1' }],
    ['a numeric api_key', { ...success, api_key: 12345 }],
    ['no email', { ...success, email: undefined }],
    ['a negative user_id', { ...success, user_id: -1 }],
    ['a fractional user_id', { ...success, user_id: 1.5 }],
    ['a string user_id', { ...success, user_id: '5' }],
    ['ignored_parameters_unsupported not a list', { ...success, ignored_parameters_unsupported: 'x' }],
    // nlohmann/json stops at a NUL byte; the core refuses one anywhere.
    ['a NUL byte and garbage after the object', `${JSON.stringify(success)}\0garbage`],
    ['arrays nested deeper than 128', `{"result":"success","x":${'['.repeat(128)}${']'.repeat(128)}}`],
    ['a number too large for a double', `{"result":"success","x":1e999}`],
    // A raw control byte in a string: nlohmann formats its parse error ("<U+0001>") with the
    // module's own printf (src/small_format.cpp) in the wasm.
    ['a raw control byte in a string', `{"result":"success","api_key":"k\u0001","email":"e"}`],
  ];
  for (const [name, payload] of malformed200) {
    test(`200 with ${name} -> MALFORMED_RESPONSE`, async () => {
      await withAnswer(200, typeof payload === 'string' ? payload : JSON.stringify(payload), (realm) =>
        rejectsWith(fetchApiKey({ realm, ...login }), MalformedResponseError,
          { code: 'MALFORMED_RESPONSE', httpStatus: 200 }).then(() => {}));
    });
  }

  test('200 read as nlohmann/json reads it: the last duplicate key wins, numbers through the wasm strtod', async () => {
    const body = `{"result":"success","msg":"","api_key":"bad key!","email":"iago@zulip.com","api_key":"${success.api_key}","user_id":1.5e2,"x":${'['.repeat(127)}${']'.repeat(127)}}`;
    const result = await fetchApiKey({ realm: 'https://chat.example.com', ...login,
      fetch: () => Promise.resolve(new Response(body, { status: 200 })) });
    assert.equal(result.apiKey, success.api_key);
    assert.equal(result.userId, 150);
  });

  test('200 whose body is not UTF-8 -> MALFORMED_RESPONSE', async () => {
    const server = await startHttpServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(Buffer.concat([Buffer.from('{"result":"success","msg":"","api_key":"abc","email":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));
    });
    try {
      await rejectsWith(fetchApiKey({ realm: server.url, ...login }), MalformedResponseError, { code: 'MALFORMED_RESPONSE' });
    } finally {
      await server.close();
    }
  });

  for (const [name, payload] of [['{}', {}], ['an empty body', ''], ['HTML', '<html>Forbidden</html>'], ['a non-string msg', { result: 'error', msg: 5, code: 'X' }]]) {
    test(`4xx with ${name} -> MALFORMED_RESPONSE with the status`, async () => {
      await withAnswer(401, typeof payload === 'string' ? payload : JSON.stringify(payload), (realm) =>
        rejectsWith(fetchApiKey({ realm, ...login }), MalformedResponseError,
          { code: 'MALFORMED_RESPONSE', httpStatus: 401 }).then(() => {}));
    });
  }

  test('an unknown server code is passed through as a ZulipApiError', async () => {
    await withAnswer(400, { result: 'error', msg: 'Something new', code: 'SOMETHING_NEW' }, (realm) =>
      rejectsWith(fetchApiKey({ realm, ...login }), ZulipApiError,
        { code: 'SOMETHING_NEW', httpStatus: 400, serverMessage: 'Something new' }).then(() => {}));
  });

  test('RATE_LIMIT_HIT takes retryAfter from the Retry-After header when the body has none', async () => {
    await withAnswer(429, { result: 'error', msg: 'API usage exceeded rate limit', code: 'RATE_LIMIT_HIT' }, (realm) =>
      rejectsWith(fetchApiKey({ realm, ...login }), ZulipApiError,
        { code: 'RATE_LIMIT_HIT', retryAfter: 2.5 }).then(() => {}), { 'Retry-After': '2.5' });
  });

  test('a body over the cap -> RESPONSE_TOO_LARGE, without reading it all', async () => {
    let written = 0;
    const server = await startHttpServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (written < 64 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    try {
      await rejectsWith(fetchApiKey({ realm: server.url, ...login }), MalformedResponseError, { code: 'RESPONSE_TOO_LARGE' });
      assert.ok(written < 16 * 1024 * 1024, `stopped reading early (${written} bytes written)`);
    } finally {
      await server.close();
    }
  });
});

describe('connections', () => {
  test('refused -> NETWORK_ERROR with the cause', async () => {
    const port = await closedPort();
    const error = await rejectsWith(fetchApiKey({ realm: `http://127.0.0.1:${port}`, ...login }), NetworkError,
      { code: 'NETWORK_ERROR', httpStatus: undefined });
    assert.ok(error.cause instanceof Error);
    assert.match(error.message, /ECONNREFUSED/);
  });

  test('reset before an answer -> NETWORK_ERROR', async () => {
    const server = await startTcpServer((socket) => socket.once('data', () => socket.resetAndDestroy()));
    try {
      await rejectsWith(fetchApiKey({ realm: server.url, ...login }), NetworkError, { code: 'NETWORK_ERROR' });
    } finally {
      await server.close();
    }
  });

  test('a 200 body cut mid-stream -> NETWORK_ERROR', async () => {
    const server = await startTcpServer((socket) => socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"result":"succ');
      setTimeout(() => socket.resetAndDestroy(), 20);
    }));
    try {
      await rejectsWith(fetchApiKey({ realm: server.url, ...login }), NetworkError, { code: 'NETWORK_ERROR' });
    } finally {
      await server.close();
    }
  });

  test('no answer within timeoutMs -> TIMEOUT', async () => {
    const server = await startTcpServer(() => {});
    try {
      const started = Date.now();
      await rejectsWith(fetchApiKey({ realm: server.url, ...login, timeoutMs: 200 }), TimeoutError, { code: 'TIMEOUT' });
      const elapsed = Date.now() - started;
      assert.ok(elapsed >= 190 && elapsed < 5000, `${elapsed} ms`);
    } finally {
      await server.close();
    }
  });

  test('headers, then a stalled body -> TIMEOUT', async () => {
    const server = await startTcpServer((socket) => socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"result":');
    }));
    try {
      await rejectsWith(fetchApiKey({ realm: server.url, ...login, timeoutMs: 300 }), TimeoutError, { code: 'TIMEOUT' });
    } finally {
      await server.close();
    }
  });

  test('a signal already aborted -> ABORTED, AbortError, nothing sent', async () => {
    const server = await startHttpServer((_req, res) => sendJson(res, 200, success));
    try {
      const error = await rejectsWith(fetchApiKey({ realm: server.url, ...login, signal: AbortSignal.abort() }),
        AbortError, { code: 'ABORTED', name: 'AbortError' });
      assert.equal(error.httpStatus, undefined);
      assert.equal(server.requests.length, 0);
    } finally {
      await server.close();
    }
  });

  test('aborted while waiting for the answer -> ABORTED', async () => {
    const controller = new AbortController();
    const server = await startTcpServer((socket) => socket.once('data', () => controller.abort()));
    try {
      await rejectsWith(fetchApiKey({ realm: server.url, ...login, signal: controller.signal }),
        AbortError, { code: 'ABORTED', name: 'AbortError' });
      assert.equal(server.requests.length, 1);
    } finally {
      await server.close();
    }
  });

  test('a transport that throws synchronously -> NETWORK_ERROR', async () => {
    await rejectsWith(fetchApiKey({ realm: 'https://chat.example.com', ...login, fetch: () => { throw new TypeError('no network'); } }),
      NetworkError, { code: 'NETWORK_ERROR' });
  });
});
