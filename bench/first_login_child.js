// One process's first login through the wasm core alone, timed phase by phase inside the
// process, then a login on a second instance of the same compiled module: what the second does
// not pay again was compilation (the wasm functions V8 compiles on their first call, the glue's
// JS). `node bench/first_login_child.js <realm>` prints the phases as JSON, in ms.
import { compileCore, loginThroughCore } from './core_alone_login.js';

const [realm] = process.argv.slice(2);
let last = performance.now();
/** ms since the previous call */
const lap = () => {
  const now = performance.now();
  const elapsed = now - last;
  last = now;
  return elapsed;
};

const { instantiateNodeCore } = await import('../web/core/core_node.js');
/** @type {Record<string, number>} the CPU work of the first login */
const first = { 'load the glue': lap() };
const module = compileCore();
first['compile the .wasm'] = lap();
/**
 * @param {Record<string, number>} phases  filled with the login's phases
 * @returns {Promise<number>} the fetch's time (Node's fetch loaded, the request sent, the answer read), kept apart
 */
async function login(phases) {
  let fetchTime = 0;
  lap();
  const core = instantiateNodeCore(module);
  phases['instantiate (embind included)'] = lap();
  await loginThroughCore(core, realm, () => { phases['build the request'] = lap(); },
    () => { fetchTime = lap(); });
  phases['read the answer'] = lap();
  return fetchTime;
}
const firstFetch = await login(first);
/** @type {Record<string, number>} */
const second = {};
const secondFetch = await login(second);
console.log(JSON.stringify({ first, second, fetch: { first: firstFetch, second: secondFetch } }));
