// Checks of the options' JS types, done before the core is called: the core takes only values
// of the right type. Emptiness and URL rules are the core's.
import { invalidArgument } from './descriptors.js';

const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_TIMEOUT_MS = 2 ** 31 - 1; // what setTimeout can wait

/**
 * @typedef {{ realm: string, username: string, password: string, signal: AbortSignal | undefined,
 *   timeoutMs: number, allowInsecureHttp: boolean, fetch: typeof fetch,
 *   messages: import('./messages.js').Messages | undefined }} CheckedOptions
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
    throw invalidArgument('options', { fn, example });
  }
  const o = /** @type {Record<string, unknown>} */ (options);
  const messages = o.messages ?? undefined;
  if (messages !== undefined && (messages === null || typeof messages !== 'object')) {
    throw invalidArgument('messages', { fn });
  }
  const fail = (/** @type {string} */ reason, /** @type {Record<string, string | number>} */ words = {}) =>
    invalidArgument(reason, { fn, ...words }, /** @type {any} */ (messages));
  const realm = o.realm instanceof URL ? o.realm.href : o.realm;
  if (typeof realm !== 'string') throw fail('realm');
  if (needs.username && typeof o.username !== 'string') throw fail('username-type');
  if (needs.password && typeof o.password !== 'string') throw fail('password-type');
  const signal = o.signal;
  if (signal !== undefined && !isAbortSignal(signal)) throw fail('signal');
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || timeoutMs > MAX_TIMEOUT_MS) {
    throw fail('timeoutMs', { max: MAX_TIMEOUT_MS });
  }
  const allowInsecureHttp = o.allowInsecureHttp ?? false;
  if (typeof allowInsecureHttp !== 'boolean') throw fail('allowInsecureHttp');
  const fetchImpl = o.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw fail('fetch');
  return {
    // Unpaired surrogates become U+FFFD, as TextEncoder and URLSearchParams make them
    // (Emscripten 3.1.6's string conversion would mangle them instead).
    realm: realm.toWellFormed(),
    username: needs.username ? /** @type {string} */ (o.username).toWellFormed() : '',
    password: needs.password ? /** @type {string} */ (o.password) : '',
    signal: /** @type {AbortSignal | undefined} */ (signal),
    timeoutMs,
    allowInsecureHttp,
    fetch: /** @type {typeof fetch} */ (fetchImpl),
    messages: /** @type {import('./messages.js').Messages | undefined} */ (messages),
  };
}

/**
 * An AbortSignal, or one of another realm's (a test environment's DOM): what the deadline uses
 * of it must be there, so that a look-alike is refused before anything is sent.
 * @param {unknown} value
 */
function isAbortSignal(value) {
  if (typeof AbortSignal === 'function' && value instanceof AbortSignal) return true;
  const s = /** @type {any} */ (value);
  return typeof s === 'object' && s !== null && Object.prototype.toString.call(s) === '[object AbortSignal]'
    && typeof s.aborted === 'boolean' && typeof s.addEventListener === 'function'
    && typeof s.removeEventListener === 'function';
}
