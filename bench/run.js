// npm run bench: every measurement in one run, then bench/README.md, bench/chart.svg and
// bench/results.json. Expects a build (npm run build). BENCH_QUICK=1 runs far fewer
// iterations (to check the script, not for numbers).
import { readFileSync, writeFileSync } from 'node:fs';
import { nodeCore } from '../tests/node/helpers/core.js';
import { renderChart } from './chart.js';
import { measureColdStart } from './cold_start.js';
import { measureCoreNative } from './core_native.js';
import { measureCoreWasm } from './core_wasm.js';
import { measureFirstLogin } from './first_login.js';
import { measureLatency } from './latency.js';
import { describeMachine } from './machine.js';
import { panelsOf, renderReport, targetsOf } from './report.js';
import { startServerProcess } from './server_process.js';
import { measureBrowserEntry } from './size.js';
import { measureThroughput } from './throughput.js';

const quick = process.env.BENCH_QUICK === '1';
const plan = quick
  ? { coldRuns: 3, firstLoginRuns: 2, latency: { rounds: 2, callsPerRound: 20, warmup: 10 }, throughputCalls: 300 }
  : { coldRuns: 40, firstLoginRuns: 20, latency: { rounds: 10, callsPerRound: 300, warmup: 300 }, throughputCalls: 4000 };

const file = (/** @type {string} */ name) => new URL(name, import.meta.url);
const step = (/** @type {string} */ what) => console.error(`bench: ${what}`);

step('machine and size');
const results = { machine: describeMachine(), size: measureBrowserEntry(), throughputCalls: plan.throughputCalls };
step('core, native');
results.core = { native: measureCoreNative() };
step('core, wasm');
results.core.wasm = measureCoreWasm(nodeCore());

const server = await startServerProcess();
try {
  step('cold start');
  results.coldStart = await measureColdStart(server.url, plan.coldRuns);
  step('first login, phase by phase');
  results.firstLogin = await measureFirstLogin(server.url, plan.firstLoginRuns);
  step('latency');
  results.latency = await measureLatency(server.url, plan.latency);
  step('throughput');
  results.throughput = await measureThroughput(server.url, plan.throughputCalls);
} finally {
  await server.stop();
}

results.notes = readFileSync(file('notes.md'), 'utf8').trim();
writeFileSync(file('results.json'), `${JSON.stringify({ ...results, notes: undefined }, null, 2)}\n`);
writeFileSync(file('chart.svg'), renderChart(panelsOf(results)));
writeFileSync(file('README.md'), renderReport(results));
for (const [name, { met, text }] of Object.entries(targetsOf(results))) {
  console.log(`${name}: ${met ? 'met' : 'NOT met'}: ${text}`);
}
