// Checks of the options' JS types, done before the core is called: the core takes only values
// of the right type. Emptiness and URL rules are the core's.
import { invalidArgument } from './descriptors.js';

const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_TIMEOUT_MS = 2 ** 31 - 1; // what setTimeout can wait

/**
 * @typedef {{ realm: string, username: string, password: string, signal: AbortSignal | undefined,
 *   timeoutMs: number, allowInsecureHttp: boolean, fetch: typeof fetch }} CheckedOptions
 */

/**
 * @param {string} fn  the public function's name, for the messages
 * @param {unknown} options
 * @param {{ password: boolean, username: boolean }} needs  which credentials this call takes
 * @returns {CheckedOptions}
 */
export function checkOptions(fn, options, needs) {
  if (options === null || typeof options !== 'object') {
    const example = ['realm', needs.username && 'username', needs.password && 'password'].filter(Boolean).join(', ');
    throw invalidArgument(`${fn} takes an options object, e.g. { ${example} }.`);
  }
  const o = /** @type {Record<string, unknown>} */ (options);
  const realm = o.realm instanceof URL ? o.realm.href : o.realm;
  if (typeof realm !== 'string') {
    throw invalidArgument(`${fn}: realm must be the Zulip server's URL, as a string or URL.`);
  }
  if (needs.username && typeof o.username !== 'string') {
    throw invalidArgument(`${fn}: username must be a string (an email address or LDAP username).`);
  }
  if (needs.password && typeof o.password !== 'string') {
    throw invalidArgument(`${fn}: password must be a string.`);
  }
  const signal = o.signal;
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw invalidArgument(`${fn}: signal must be an AbortSignal.`);
  }
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || timeoutMs > MAX_TIMEOUT_MS) {
    throw invalidArgument(`${fn}: timeoutMs must be a number of milliseconds, above 0 and at most ${MAX_TIMEOUT_MS}.`);
  }
  const allowInsecureHttp = o.allowInsecureHttp ?? false;
  if (typeof allowInsecureHttp !== 'boolean') {
    throw invalidArgument(`${fn}: allowInsecureHttp must be true or false.`);
  }
  const fetchImpl = o.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') {
    throw invalidArgument(`${fn}: this environment has no fetch; pass one as the fetch option.`);
  }
  return {
    realm: wellFormed(realm),
    username: needs.username ? wellFormed(/** @type {string} */ (o.username)) : '',
    password: needs.password ? /** @type {string} */ (o.password) : '',
    signal: /** @type {AbortSignal | undefined} */ (signal),
    timeoutMs,
    allowInsecureHttp,
    fetch: /** @type {typeof fetch} */ (fetchImpl),
  };
}

/** @param {unknown} value */
function isAbortSignal(value) {
  const s = /** @type {any} */ (value);
  return typeof s === 'object' && s !== null && typeof s.aborted === 'boolean'
    && typeof s.addEventListener === 'function';
}

/**
 * `text` with each unpaired UTF-16 surrogate replaced by U+FFFD, as TextEncoder and
 * URLSearchParams do (Emscripten 3.1.6's string conversion would mangle them instead).
 * @param {string} text
 */
export function wellFormed(text) {
  return text.replace(/\p{Surrogate}/gu, '\uFFFD');
}
