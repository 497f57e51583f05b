// Per-call latency over loopback: the clients take turns in rounds (so that drift hits them
// alike), one call at a time, each call timed.
import { clients } from './clients.js';
import { summarize } from './stats.js';

/**
 * @param {string} realm
 * @param {{ rounds: number, callsPerRound: number, warmup: number }} plan
 */
export async function measureLatency(realm, { rounds, callsPerRound, warmup }) {
  /** @type {Record<string, number[]>} */
  const samples = Object.fromEntries(Object.keys(clients).map((name) => [name, []]));
  for (const login of Object.values(clients)) {
    for (let i = 0; i < warmup; i += 1) await login(realm);
  }
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, login] of Object.entries(clients)) {
      for (let i = 0; i < callsPerRound; i += 1) {
        const start = performance.now();
        await login(realm);
        samples[name].push((performance.now() - start) * 1000);
      }
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, us]) => [name, summarize(us)]));
}
