// Cold start in Node: fresh processes, timed from spawn to exit, the variants interleaved so
// that drift in the machine's load hits them all alike.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { summarize } from './stats.js';

const child = fileURLToPath(new URL('cold_start_child.js', import.meta.url));
export const COLD_START_VARIANTS = [
  'node only', 'plain fetch', 'zulip-fetch-api-key: import + ready()', 'zulip-js: import',
  'zulip-fetch-api-key: import + one login', 'wasm core alone: one login', 'zulip-js: import + one login',
];

/** @param {string} variant @param {string} realm @returns {Promise<number>} ms */
async function timeOnce(variant, realm) {
  const start = performance.now();
  const process_ = spawn(process.execPath, [child, variant, realm], { stdio: ['ignore', 'ignore', 'inherit'] });
  const [code] = await once(process_, 'exit');
  if (code !== 0) throw new Error(`cold start "${variant}" exited with ${code}`);
  return performance.now() - start;
}

/**
 * @param {string} realm  the devserver, for the plain fetch
 * @param {number} runs   per variant
 */
export async function measureColdStart(realm, runs) {
  /** @type {Record<string, number[]>} */
  const samples = Object.fromEntries(COLD_START_VARIANTS.map((v) => [v, []]));
  for (const variant of COLD_START_VARIANTS) await timeOnce(variant, realm); // warm the file cache
  for (let i = 0; i < runs; i += 1) {
    for (const variant of COLD_START_VARIANTS) samples[variant].push(await timeOnce(variant, realm));
  }
  return Object.fromEntries(COLD_START_VARIANTS.map((v) => [v, summarize(samples[v])]));
}
