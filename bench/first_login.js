// Where a fresh process's first login through the wasm core spends its time, phase by phase
// (bench/first_login_child.js), median of fresh processes.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { median } from './stats.js';

const child = fileURLToPath(new URL('first_login_child.js', import.meta.url));

/**
 * @param {string} realm  the devserver
 * @param {number} runs
 * @returns {Promise<{ n: number, first: Record<string, number>, second: Record<string, number>,
 *   fetch: { first: number, second: number } }>} medians, ms: the phases of each login, and its fetch
 */
export async function measureFirstLogin(realm, runs) {
  /** @type {{ first: Record<string, number>, second: Record<string, number>, fetch: { first: number, second: number } }[]} */
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const process_ = spawn(process.execPath, [child, realm], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    process_.stdout.setEncoding('utf8').on('data', (chunk) => { output += chunk; });
    const [code] = await once(process_, 'exit');
    if (code !== 0) throw new Error(`bench/first_login_child.js exited with ${code}`);
    samples.push(JSON.parse(output));
  }
  const medians = (/** @type {'first' | 'second'} */ which) => Object.fromEntries(
    Object.keys(samples[0][which]).map((phase) => [phase, median(samples.map((s) => s[which][phase]))]));
  const fetch = {
    first: median(samples.map((s) => s.fetch.first)),
    second: median(samples.map((s) => s.fetch.second)),
  };
  return { n: runs, first: medians('first'), second: medians('second'), fetch };
}
