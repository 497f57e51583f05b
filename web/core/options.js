// Checks of the options' JS types, done before the core is called: the core takes only values
// of the right type. Emptiness and URL rules are the core's.
import { invalidArgument } from '../errors/make_error.js';

const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_TIMEOUT_MS = 2 ** 31 - 1; // what setTimeout can wait
// Zulip itself sets passwords of at most 100 characters (RegistrationForm.MAX_PASSWORD_LENGTH in
// zerver/forms.py); an LDAP directory may hold longer ones. Ten times Zulip's own keeps every real
// password, and bounds the work a failed call does looking for it in what came back.
export const MAX_PASSWORD_LENGTH = 1000;

/**
 * @typedef {{ realm: string, username: string, password: string, includeProfile: boolean,
 *   signal: AbortSignal | undefined, timeoutMs: number, allowInsecureHttp: boolean,
 *   fetch: typeof fetch, messages: import('../words/format.js').Messages | undefined }} CheckedOptions
 *   `username` and `password` hold whichever name and secret the call takes (email, token, apiKey).
 * @typedef {{ username?: 'username' | 'email', secret?: 'password' | 'token' | 'apiKey',
 *   includeProfile?: true }} Needs  the options a call takes besides the common ones
 */

// A secret's type and length words, by option name (keys of the INVALID_ARGUMENT words).
const TYPE_REASON = { username: 'username-type', email: 'email-type', password: 'password-type',
  token: 'token-type', apiKey: 'api-key-type' };
// A JWT carries its claims and a signature (an RS512 one alone is 342 characters), so it may be
// longer than any password; the cap still bounds the search for it in what comes back.
const MAX_LENGTH = { password: MAX_PASSWORD_LENGTH, token: 8 * MAX_PASSWORD_LENGTH, apiKey: MAX_PASSWORD_LENGTH };
const LENGTH_REASON = { password: 'password-length', token: 'token-length', apiKey: 'api-key' };

/**
 * @param {string} fn  the public function's name, for the messages
 * @param {unknown} options
 * @param {Needs} needs
 * @returns {CheckedOptions}
 */
export function checkOptions(fn, options, needs) {
  if (options === null || typeof options !== 'object') {
    const example = ['realm', needs.username, needs.secret].filter(Boolean).join(', ');
    throw invalidArgument('options', { fn, example });
  }
  const o = /** @type {Record<string, unknown>} */ (options);
  /** @type {import('../words/format.js').Messages | undefined} */
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
  // Stryker disable next-line StringLiteral: a call that takes no name never reads it
  const username = needs.username ? read(needs.username, TYPE_REASON[needs.username]) : '';
  if (typeof username !== 'string') throw fail(TYPE_REASON[/** @type {'username'} */ (needs.username)]);
  const secret = needs.secret;
  // Stryker disable next-line StringLiteral: a call that takes no secret never reads it (no finder is made for '')
  const password = secret ? read(secret, TYPE_REASON[secret]) : '';
  if (typeof password !== 'string') throw fail(TYPE_REASON[/** @type {'password'} */ (secret)]);
  if (secret && password.length > MAX_LENGTH[secret]) throw fail(LENGTH_REASON[secret], { max: MAX_LENGTH[secret] });
  const includeProfile = needs.includeProfile ? read('includeProfile') ?? false : false;
  if (typeof includeProfile !== 'boolean') throw fail('includeProfile');
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
    includeProfile,
    signal: /** @type {AbortSignal | undefined} */ (signal),
    timeoutMs,
    allowInsecureHttp,
    fetch: /** @type {typeof fetch} */ (fetchImpl),
    messages,
  };
}

/**
 * A messages map's own words, copied once: an error made later reads the copy, so that a
 * getter or a Proxy of the caller's cannot make it fail. undefined when none is given.
 * @param {unknown} given
 * @param {(reason: string) => Error} fail
 * @returns {import('../words/format.js').Messages | undefined}
 */
function ownWords(given, fail) {
  if (given === undefined || given === null) return undefined;
  if (typeof given !== 'object') throw fail('messages');
  try {
    return Object.freeze(Object.fromEntries(Object.entries(given))); // words that are not strings: messages.js skips them
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
  return typeof s === 'object' && Object.prototype.toString.call(s) === '[object AbortSignal]'
    && typeof s.aborted === 'boolean' && typeof s.addEventListener === 'function'
    && typeof s.removeEventListener === 'function';
}
