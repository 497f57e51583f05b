// The core alone, through the wasm module (embind marshalling included): request building and
// response validation, ns per call.
import { PASSWORD, REALM, REALM_INPUT, RESPONSE_BODY, USERNAME } from './inputs.js';
import { median } from './stats.js';

const BATCH = 5000;
const BATCHES = 9;

/** @param {() => unknown} call @returns {number} ns per call, median of the batches */
function nsPerCall(call) {
  for (let i = 0; i < BATCH; i += 1) call(); // warm-up: JIT and heap
  const batches = [];
  for (let b = 0; b < BATCHES; b += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < BATCH; i += 1) call();
    batches.push(Number(process.hrtime.bigint() - start) / BATCH);
  }
  return median(batches);
}

/** @param {any} core  the instantiated module (tests/node/helpers/core.js nodeCore()) */
export function measureCoreWasm(core) {
  const password = new TextEncoder().encode(PASSWORD);
  // A transport that never answers: the call builds the request, hands it over and returns;
  // the validation continuation never runs, so only the building is timed.
  const never = new Promise(() => {});
  const outcome = { status: 200, body: new TextEncoder().encode(RESPONSE_BODY), retryAfter: '', failure: '', detail: '' };
  const FETCH_API_KEY = 0; // the continuation's step for fetchApiKey (bindings/exports.cpp)
  const validate = () => core._continue(FETCH_API_KEY, REALM, undefined, outcome);
  if (typeof validate().apiKey !== 'string') throw new Error('the benchmark response does not validate');
  return {
    build: nsPerCall(() => core.fetchApiKey(REALM_INPUT, USERNAME, password, password.length, false, () => never)),
    validate: nsPerCall(validate),
  };
}
