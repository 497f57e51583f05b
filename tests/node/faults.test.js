// Servers and networks that misbehave (devserver/faults.js): each login ends with the right
// error within its time, having read only what it had to, and leaves nothing running.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fetchApiKey } from 'zulip-fetch-api-key';
import { startDevServer } from '../../devserver/server.js';
import { FAULT_NAMES } from '../../devserver/faults.js';
import { FAULT_CODES } from './helpers/fault_codes.js';
import { activeResources, assertNothingLeftRunning } from './helpers/resources.js';

const login = { username: 'iago@zulip.com', password: 'abcd1234' };
const MIB = 2 ** 20;

/**
 * The timeoutMs each fault's login gets, and what else must hold of the server after it.
 * @type {Record<string, [number, (server: Awaited<ReturnType<typeof startDevServer>>) => void]>}
 */
const cases = {
  'never-answer': [300, () => {}],
  'stall-body': [300, () => {}],
  'drip-body': [550, (server) => {
    // Dripping for 550 ms at one byte per 100 ms: a few bytes of a ~100-byte answer.
    assert.ok(server.fault.bytesWritten >= 3 && server.fault.bytesWritten <= 7, `${server.fault.bytesWritten} bytes`);
  }],
  'reset-mid-body': [5000, () => {}],
  'huge-body': [5000, (server) => {
    // The cap is 1 MiB; what more was written sat in socket buffers when the client hung up.
    assert.ok(server.fault.bytesWritten < 32 * MIB, `${server.fault.bytesWritten} of 1 GiB written`);
  }],
  'gzip-bomb': [5000, (server) => {
    // 68 GiB inflated is 68 MiB compressed; the cap (1 MiB inflated) is about 1 KiB of it, and
    // what more was written sat in socket buffers when the client hung up.
    assert.ok(server.fault.bytesWritten < 16 * MIB, `${server.fault.bytesWritten} compressed bytes written`);
  }],
  'short-content-length': [5000, () => {}],
  'long-content-length': [5000, () => {}],
  'redirect-loop': [5000, (server) => {
    assert.equal(server.requests.length, 1, 'the redirect was not followed');
  }],
};

describe('faults', () => {
  test('every fault of devserver/faults.js has a case here and an expected code', () => {
    assert.deepEqual(Object.keys(cases).sort(), [...FAULT_NAMES].sort());
    assert.deepEqual(Object.keys(FAULT_CODES).sort(), [...FAULT_NAMES].sort());
  });

  for (const [fault, [timeoutMs, check]] of Object.entries(cases)) {
    const code = FAULT_CODES[/** @type {keyof typeof FAULT_CODES} */ (fault)];
    test(`${fault} -> ${code}, in time, nothing left running`, async () => {
      const before = activeResources();
      const server = await startDevServer({ fault });
      try {
        const started = performance.now();
        const error = await fetchApiKey({ realm: server.url, ...login, timeoutMs }).then(
          () => assert.fail('the login succeeded'), (/** @type {any} */ e) => e);
        const elapsed = performance.now() - started;
        assert.equal(error.code, code, error.message);
        if (code === 'TIMEOUT') {
          assert.ok(elapsed >= timeoutMs - 5 && elapsed < timeoutMs + 1000, `${elapsed} ms`);
        } else {
          assert.ok(elapsed < 2000, `${elapsed} ms`);
        }
        check(server);
      } finally {
        await server.close();
      }
      await assertNothingLeftRunning(before);
    });
  }

  test('the redirect loop is real: a client that follows redirects gives up', async () => {
    const server = await startDevServer({ fault: 'redirect-loop' });
    try {
      // A network error: a TypeError, whose words each runtime chooses.
      await assert.rejects(fetch(`${server.url}/api/v1/fetch_api_key`), TypeError);
      assert.ok(server.requests.length > 10, `${server.requests.length} requests`);
    } finally {
      await server.close();
    }
  });

  test('an unknown fault is refused when the server starts', async () => {
    await assert.rejects(startDevServer({ fault: /** @type {any} */ ('slow-ish') }), /unknown fault slow-ish/);
  });
});
