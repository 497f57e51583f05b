// bench/README.md and the chart's panels, from one run's results.
import { BASELINE } from './clients.js';
import { CONCURRENCIES } from './throughput.js';

// The size target is issue 11's (tests/node/size.test.js holds it): 44,000 bytes, aiming at 40,000.
// Issue 19's: a Node script that imports the package and logs in once starts within 1.10x of one
// that logs in with a plain fetch.
export const TARGETS = { sizeGzipBytes: 44_000, latencyP50Ratio: 1.05, loginColdStartRatio: 1.10 };
const OURS = 'zulip-fetch-api-key';
const OURS_COLD = 'zulip-fetch-api-key: import + ready()';
const ZULIP_JS_COLD = 'zulip-js: import';
const PLAIN_COLD = 'plain fetch';
const OURS_LOGIN_COLD = 'zulip-fetch-api-key: import + one login';
const CORE_LOGIN_COLD = 'wasm core alone: one login';

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (/** @type {number} */ value, /** @type {number} */ base) => `${(value / base).toFixed(2)}x`;
const ms = (/** @type {number} */ v) => `${v.toFixed(1)} ms`;
const us = (/** @type {number} */ v) => `${Math.round(v)} µs`;
const ns = (/** @type {number} */ v) => `${Math.round(v)} ns`;
const rate = (/** @type {number} */ v) => `${Math.round(v)}/s`;
const yes = (/** @type {boolean} */ met) => (met ? '**met**' : '**not met**');
const sum = (/** @type {Record<string, number>} */ phases) => Object.values(phases).reduce((a, b) => a + b, 0);

/** @param {any} r the results of bench/run.js */
export function targetsOf(r) {
  const latency = r.latency[OURS].p50 / r.latency[BASELINE].p50;
  const loginCold = r.coldStart[OURS_LOGIN_COLD].p50 / r.coldStart[PLAIN_COLD].p50;
  return {
    size: { met: r.size.gzip <= TARGETS.sizeGzipBytes, text: `${kb(r.size.gzip)} gzip (${ratio(r.size.gzip, TARGETS.sizeGzipBytes)} of 44,000 bytes)` },
    latency: { met: latency <= TARGETS.latencyP50Ratio, text: `p50 ${ratio(r.latency[OURS].p50, r.latency[BASELINE].p50)} the minimal fetch (target ≤ 1.05x)` },
    coldStart: {
      met: r.coldStart[OURS_COLD].p50 <= r.coldStart[ZULIP_JS_COLD].p50,
      text: `${ms(r.coldStart[OURS_COLD].p50)} vs zulip-js ${ms(r.coldStart[ZULIP_JS_COLD].p50)} (${ratio(r.coldStart[OURS_COLD].p50, r.coldStart[ZULIP_JS_COLD].p50)})`,
    },
    loginColdStart: {
      met: loginCold <= TARGETS.loginColdStartRatio,
      text: `import + one login ${ms(r.coldStart[OURS_LOGIN_COLD].p50)} vs plain fetch ${ms(r.coldStart[PLAIN_COLD].p50)} (${ratio(r.coldStart[OURS_LOGIN_COLD].p50, r.coldStart[PLAIN_COLD].p50)}; target ≤ ${TARGETS.loginColdStartRatio.toFixed(2)}x). The wasm core alone, with none of the package's JS: ${ratio(r.coldStart[CORE_LOGIN_COLD].p50, r.coldStart[PLAIN_COLD].p50)}`,
    },
  };
}

/** @param {any} r @returns {import('./chart.js').Panel[]} */
export function panelsOf(r) {
  const clientBars = (/** @type {Record<string, number>} */ values, /** @type {(v: number) => string} */ fmt) =>
    Object.entries(values).map(([label, value]) => ({
      label, value, baseline: label === BASELINE, text: `${fmt(value)} (${ratio(value, values[BASELINE])})`,
    }));
  const pick = (/** @type {Record<string, any>} */ o, /** @type {string} */ key) =>
    Object.fromEntries(Object.entries(o).map(([name, v]) => [name, v[key]]));
  const cold = pick(r.coldStart, 'p50');
  return [
    {
      title: 'Browser entry, gzip -9 (lower is better)',
      bars: r.size.files.map((/** @type {any} */ f) => ({ label: f.file, value: f.gzip, text: kb(f.gzip), part: true }))
        .concat([{ label: `${OURS} (total)`, value: r.size.gzip, text: `${kb(r.size.gzip)} (${ratio(r.size.gzip, TARGETS.sizeGzipBytes)} of target)` }]),
      target: { value: TARGETS.sizeGzipBytes, label: 'target 44,000 bytes' },
    },
    {
      title: 'Cold start in Node, fresh process, median (lower is better; ratio to plain fetch)',
      bars: Object.entries(cold).map(([label, value]) => ({
        label, value, baseline: label === PLAIN_COLD, text: `${ms(value)} (${ratio(value, cold[PLAIN_COLD])})`,
      })),
      target: { value: cold[ZULIP_JS_COLD], label: 'target: zulip-js import' },
    },
    { title: 'Per-call latency over loopback, p50 (lower is better)', bars: clientBars(pick(r.latency, 'p50'), us),
      target: { value: r.latency[BASELINE].p50 * TARGETS.latencyP50Ratio, label: 'target +5%' } },
    { title: 'Per-call latency over loopback, p99 (lower is better)', bars: clientBars(pick(r.latency, 'p99'), us) },
    ...CONCURRENCIES.map((c) => ({
      title: `Throughput at concurrency ${c}, logins/s (higher is better)`,
      bars: clientBars(pick(r.throughput, String(c)), rate),
    })),
    {
      title: 'The core alone, per call (lower is better; ratio to native)',
      bars: ['build', 'validate'].flatMap((step) => [
        { label: `native ${step}`, value: r.core.native[step], baseline: true, text: ns(r.core.native[step]) },
        { label: `${OURS} wasm ${step}`, value: r.core.wasm[step], text: `${ns(r.core.wasm[step])} (${ratio(r.core.wasm[step], r.core.native[step])})` },
      ]),
    },
  ];
}

/** @param {any} r @returns {string} */
export function renderReport(r) {
  const t = targetsOf(r);
  const m = r.machine;
  const rows = (/** @type {string[][]} */ table) => table.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  const clients = Object.keys(r.latency);
  return `# Benchmarks

Generated by \`npm run bench\` (bench/run.js) on ${m.date}; every figure below comes from that one
run, the contenders side by side. Do not edit: rerun the command.

Machine: ${m.nproc} CPUs (\`nproc\`), ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; emcc ${m.emcc}.
The devserver (devserver/, rate limit raised by bench/devserver.json) runs in a process of its own,
on loopback.

![chart](chart.svg)

## Targets

| target | result | |
|---|---|---|
| browser entry ≤ 44,000 bytes gzip | ${t.size.text} | ${yes(t.size.met)} |
| per-call p50 within 5% of the minimal fetch | ${t.latency.text} | ${yes(t.latency.met)} |
| cold start no slower than importing zulip-js | ${t.coldStart.text} | ${yes(t.coldStart.met)} |
| a script's import + one login within 1.10x of a plain fetch's | ${t.loginColdStart.text} | ${yes(t.loginColdStart.met)} |

## Size of the browser entry

What a browser downloads for \`import 'zulip-fetch-api-key'\`: the file the exports map gives
browsers (dist/browser.js: web/entries/browser.js, its imports and the ES module glue, bundled and minified
by esbuild), what it imports (followed statically) and the .wasm it fetches; each file gzipped on
its own (zlib level 9), as a server sends them. tests/node/size.test.js holds the total to a budget.

${rows([['file', 'raw', 'gzip -9', 'share'], ['---', '---:', '---:', '---:'],
    ...r.size.files.map((/** @type {any} */ f) => [f.file, kb(f.raw), kb(f.gzip), `${Math.round((100 * f.gzip) / r.size.gzip)}%`]),
    ['**total**', kb(r.size.raw), `**${kb(r.size.gzip)}**`, `${ratio(r.size.gzip, TARGETS.sizeGzipBytes)} of 44,000 bytes`]])}

## Cold start in Node

A fresh \`node\` process per run, timed from spawn to exit, ${r.coldStart[PLAIN_COLD].n} runs each,
interleaved (bench/cold_start_child.js). Ratios to the plain fetch (a process that logs in with
one hand-written fetch and nothing else).

${rows([['process', 'median', 'p99', 'ratio (median)'], ['---', '---:', '---:', '---:'],
    ...Object.entries(r.coldStart).map(([name, s]) => [name, ms(s.p50), ms(s.p99), ratio(s.p50, r.coldStart[PLAIN_COLD].p50)])])}

### A first login through the wasm core, phase by phase

Inside a fresh process (bench/first_login_child.js, median of ${r.firstLogin.n} processes): the
"wasm core alone" login above, then one more on a second instance of the same compiled module.
What the second does not pay again is one-time work: V8 compiles each wasm function on its first
call, and the glue's JS on its first run. The fetch includes loading Node's fetch (undici) the
first time.

${rows([['phase', 'first login', 'second instance'], ['---', '---:', '---:'],
    ...Object.entries(r.firstLogin.first).map(([phase, v]) => [phase, ms(v), phase in r.firstLogin.second ? ms(r.firstLogin.second[phase]) : '']),
    ['**all of the above**', `**${ms(sum(r.firstLogin.first))}**`, `**${ms(sum(r.firstLogin.second))}**`],
    ['the fetch (the request sent, the answer read)', ms(r.firstLogin.fetch.first), ms(r.firstLogin.fetch.second)]])}

## Per-call latency over loopback

One login at a time against the devserver, ${r.latency[BASELINE].n} calls per client in interleaved
rounds, after a warm-up. The minimal fetch is \`fetch\` + \`JSON.parse\` with no checks
(bench/minimal_fetch.js); zulip-js logs in through \`zulip({ realm, username, password })\`, whose
\`accounts.retrieve()\` POSTs a multipart form through isomorphic-fetch (node-fetch). "web/ with a
no-op core" is the public fetchApiKey (options, deadline, transport) over a core that does no work
(bench/no_op_core.js): its distance to the minimal fetch is the JS side's share of the latency, its
distance to zulip-fetch-api-key the wasm core's (bench/notes.md).

${rows([['client', 'p50', 'ratio', 'p99', 'ratio'], ['---', '---:', '---:', '---:', '---:'],
    ...clients.map((c) => [c, us(r.latency[c].p50), ratio(r.latency[c].p50, r.latency[BASELINE].p50), us(r.latency[c].p99), ratio(r.latency[c].p99, r.latency[BASELINE].p99)])])}

## Throughput

\`concurrency\` logins in flight until ${r.throughputCalls} are done, per client and concurrency;
ratio to the minimal fetch at the same concurrency.

${rows([['client', ...CONCURRENCIES.flatMap((c) => [`c=${c}`, 'ratio'])], ['---', ...CONCURRENCIES.flatMap(() => ['---:', '---:'])],
    ...clients.map((c) => [c, ...CONCURRENCIES.flatMap((n) => [rate(r.throughput[c][n]), ratio(r.throughput[c][n], r.throughput[BASELINE][n])])])])}

## The core alone

Building the request (realm normalization, form encoding) and validating a success answer, per
call: native (bench/core_native.cpp, Google Benchmark, Release) and through the wasm module
(bench/core_wasm.js: embind marshalling included).

${rows([['step', 'native', 'wasm', 'wasm / native'], ['---', '---:', '---:', '---:'],
    ...['build', 'validate'].map((s) => [s, ns(r.core.native[s]), ns(r.core.wasm[s]), ratio(r.core.wasm[s], r.core.native[s])])])}

${r.notes}
`;
}
