// Checks of the options' JS types, done before the core is called: the core takes only values
// of the right type. Emptiness and URL rules are the core's.
import { invalidArgument } from './descriptors.js';

const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_TIMEOUT_MS = 2 ** 31 - 1; // what setTimeout can wait
// Zulip itself sets passwords of at most 100 characters (RegistrationForm.MAX_PASSWORD_LENGTH in
// zerver/forms.py); an LDAP directory may hold longer ones. Ten times Zulip's own keeps every real
// password, and bounds the work a failed call does looking for it in what came back.
export const MAX_PASSWORD_LENGTH = 1000;

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
  /** @type {import('./messages.js').Messages | undefined} */
  let messages;
  /**
   * Each option is read once (a getter may answer differently the second time), and a getter
   * that throws is that option's INVALID_ARGUMENT.
   * @param {string} key @param {string} [reason]
   */
  const read = (key, reason = key) => {
    try {
      return o[key];
    } catch {
      throw fail(reason);
    }
  };
  const fail = (/** @type {string} */ reason, /** @type {Record<string, string | number>} */ words = {}) =>
    invalidArgument(reason, { fn, ...words }, messages);
  messages = ownWords(read('messages'), fail);
  const given = read('realm');
  const realm = given instanceof URL ? given.href : given;
  if (typeof realm !== 'string') throw fail('realm');
  const username = needs.username ? read('username', 'username-type') : '';
  if (typeof username !== 'string') throw fail('username-type');
  const password = needs.password ? read('password', 'password-type') : '';
  if (typeof password !== 'string') throw fail('password-type');
  if (password.length > MAX_PASSWORD_LENGTH) throw fail('password-length', { max: MAX_PASSWORD_LENGTH });
  const signal = read('signal');
  if (signal !== undefined && !isAbortSignal(signal)) throw fail('signal');
  const timeoutMs = read('timeoutMs') ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || timeoutMs > MAX_TIMEOUT_MS) {
    throw fail('timeoutMs', { max: MAX_TIMEOUT_MS });
  }
  const allowInsecureHttp = read('allowInsecureHttp') ?? false;
  if (typeof allowInsecureHttp !== 'boolean') throw fail('allowInsecureHttp');
  const fetchImpl = read('fetch') ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw fail('fetch');
  return {
    // Unpaired surrogates become U+FFFD, as TextEncoder and URLSearchParams make them
    // (Emscripten 3.1.6's string conversion would mangle them instead).
    realm: realm.toWellFormed(),
    username: username.toWellFormed(),
    password,
    signal: /** @type {AbortSignal | undefined} */ (signal),
    timeoutMs,
    allowInsecureHttp,
    fetch: /** @type {typeof fetch} */ (fetchImpl),
    messages,
  };
}

/**
 * A messages map's own string words, copied once: an error made later reads the copy, so that a
 * getter or a Proxy of the caller's cannot make it fail. undefined when none is given.
 * @param {unknown} given
 * @param {(reason: string) => Error} fail
 * @returns {import('./messages.js').Messages | undefined}
 */
function ownWords(given, fail) {
  if (given === undefined || given === null) return undefined;
  if (typeof given !== 'object') throw fail('messages');
  try {
    return Object.freeze(Object.fromEntries(Object.entries(given).filter(([, value]) => typeof value === 'string')));
  } catch {
    throw fail('messages');
  }
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
