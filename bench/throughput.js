// Throughput: `concurrency` logins in flight at all times until `calls` are done; calls/s.
import { clients } from './clients.js';

export const CONCURRENCIES = [1, 16, 256];

/** @param {(realm: string) => Promise<string>} login @param {string} realm */
async function callsPerSecond(login, realm, concurrency, calls) {
  let started = 0;
  const worker = async () => {
    while (started < calls) {
      started += 1;
      await login(realm);
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return calls / ((performance.now() - start) / 1000);
}

/**
 * @param {string} realm
 * @param {number} calls  per client and concurrency
 * @returns {Promise<Record<string, Record<number, number>>>} client -> concurrency -> calls/s
 */
export async function measureThroughput(realm, calls) {
  /** @type {Record<string, Record<number, number>>} */
  const result = Object.fromEntries(Object.keys(clients).map((name) => [name, {}]));
  for (const concurrency of CONCURRENCIES) {
    for (const [name, login] of Object.entries(clients)) {
      await callsPerSecond(login, realm, concurrency, Math.min(calls, concurrency * 4)); // warm-up: sockets
      result[name][concurrency] = await callsPerSecond(login, realm, concurrency, calls);
    }
  }
  return result;
}
