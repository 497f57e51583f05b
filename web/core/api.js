// The public functions, written once for every runtime: an entry point (node.js, browser.js)
// supplies the way to get the instantiated wasm core.
import { makeError, invalidArgument } from '../errors/make_error.js';
import { startDeadline } from './deadline.js';
import { ZulipError } from '../errors/classes.js';
import { checkOptions } from './options.js';
import { WITHHELD } from '../words/format.js';
import { fetchTransport, TransportFailure } from './transport.js';

/**
 * normalizeRealmUrl's answer; the operations' promises resolve with the value or reject with
 * the ErrorInfo (or, when no answer came, with the transport's TransportFailure).
 * @typedef {{ ok: true, value: any } | { ok: false, error: import('../words/format.js').ErrorInfo }} Outcome
 * @typedef {{
 *   normalizeRealmUrl(input: string, allowInsecureHttp: boolean): Outcome,
 *   fetchApiKey(realm: string, username: string, password: Uint8Array, passwordLength: number,
 *     allowInsecureHttp: boolean, transport: Function): Promise<any>,
 *   devFetchApiKey(realm: string, username: string, allowInsecureHttp: boolean, transport: Function): Promise<any>,
 *   getServerSettings(realm: string, allowInsecureHttp: boolean, transport: Function): Promise<any>,
 *   login(realm: string, username: string, password: () => Uint8Array, passwordLength: number,
 *     allowInsecureHttp: boolean, transport: Function): Promise<any>,
 *   jwtFetchApiKey(realm: string, token: Uint8Array, tokenLength: number, includeProfile: boolean,
 *     allowInsecureHttp: boolean, transport: Function): Promise<any>,
 *   verifyApiKey(realm: string, email: string, apiKey: Uint8Array, keyLength: number,
 *     allowInsecureHttp: boolean, transport: Function): Promise<any>,
 *   maxResponseBytes: number,
 * }} Core
 * @typedef {import('./options.js').CheckedOptions} CheckedOptions
 */

/**
 * @param {Outcome} outcome
 * @param {Parameters<typeof makeError>[1]} [options]
 */
function unwrap(outcome, options) {
  if (!outcome.ok) throw makeError(outcome.error, options);
  return outcome.value;
}

/**
 * Whatever an operation rejected with, as a ZulipError: the core's ErrorInfo (a plain object
 * with a code), a transport failure named, anything else (a bug, a platform surprise) as the
 * general failure, with the original as its cause.
 * @param {unknown} error
 * @param {Parameters<typeof makeError>[1]} options
 */
function asZulipError(error, options) {
  try {
    if (error instanceof ZulipError) return error;
    if (error instanceof TransportFailure) return makeError(error.info, { ...options, cause: error.cause });
    if (isErrorInfo(error)) return makeError(error, options);
  } catch {} // a Proxy whose traps throw: none of ours
  return makeError({ code: 'INTERNAL_ERROR' }, { ...options, cause: error });
}

/** An ErrorInfo from the core: a plain object (not an Error) with a string code. @param {unknown} value */
function isErrorInfo(value) {
  return typeof value === 'object' && value !== null && !(value instanceof Error)
    && typeof (/** @type {any} */ (value).code) === 'string';
}

/** @typedef {import('../errors/make_error.js').Withholding} Withholding */

/** Every text from outside withheld, no cause kept: when the finder could not be loaded in time. @type {Withholding} */
const WITHHOLD_ALL = { quotesSecret: () => true, scrub: () => undefined };

/**
 * How `secret` is kept out of a failed call's error. The finder is a module of its own, loaded
 * when a call with a secret starts and used only if the call fails (most never do), so that the
 * browser entry carries none of it.
 * @param {string} secret
 * @returns {Promise<Withholding>}
 */
function loadWithholding(secret) {
  return import('../errors/withholding.js').then(({ secretFinder, scrubbedCause }) => {
    const quotesSecret = secretFinder(secret);
    return { quotesSecret, scrub: (/** @type {unknown} */ cause) => scrubbedCause(cause, quotesSecret, WITHHELD) };
  }, () => WITHHOLD_ALL);
}

/**
 * Calls `send` with the secret's UTF-8 bytes, then zeroes them: the core copies them (and wipes
 * its own copies) before it returns.
 * @template T
 * @param {string} secret
 * @param {(bytes: Uint8Array) => T} send
 */
function withSecretBytes(secret, send) {
  const bytes = new TextEncoder().encode(secret);
  try {
    return send(bytes);
  } finally {
    bytes.fill(0);
  }
}

/**
 * @param {{ ready: (wasm?: unknown, deadline?: import('./deadline.js').Deadline) => Promise<Core>,
 *   now: () => Core, loaded: () => Core | undefined }} loader
 *   `ready` instantiates the module once (from `wasm`, a source web/core/wasm_source.js takes, when
 *   given) and reuses it, waiting no longer than `deadline` when given; `now` gives it synchronously, once ready; `loaded` gives it if it is
 *   already instantiated, else undefined (web/core/loader.js).
 */
export function createApi(loader) {
  /**
   * One operation from start to end: options checked, one deadline (timeout and signal) over
   * every request the core sends through the transport, the core's outcome unwrapped.
   * @param {string} fn  the public function's name, for the messages
   * @param {unknown} options
   * @param {import('./options.js').Needs} needs
   * @param {(core: Core, o: CheckedOptions, transport: Function) => Promise<any>} call
   */
  async function run(fn, options, needs, call) {
    const o = checkOptions(fn, options, needs);
    // What came from outside is put into an error only where it does not quote the secret.
    const withholding = o.password === '' ? undefined : loadWithholding(o.password);
    /** @type {import('./deadline.js').Deadline | undefined} */
    let deadline;
    try {
      // The deadline starts first: it covers the module's load too.
      deadline = startDeadline(o.signal, o.timeoutMs);
      // Once loaded, the core is taken as is: awaiting ready() would put the request one turn later.
      const core = loader.loaded() ?? await loader.ready(undefined, deadline);
      return await call(core, o, fetchTransport(o.fetch, deadline, core.maxResponseBytes));
    } catch (error) {
      // Waiting for the finder is bounded by the deadline too: past it, everything is withheld.
      const stopped = deadline ? deadline.fired().then(() => WITHHOLD_ALL) : WITHHOLD_ALL;
      throw asZulipError(error, { messages: o.messages, withholding: withholding && await Promise.race([withholding, stopped]) });
    } finally {
      deadline?.dispose();
    }
  }

  /**
   * Logs in with a password: POST {realm}/api/v1/fetch_api_key.
   * @param {import('../types/index.js').FetchApiKeyOptions} options
   * @returns {Promise<import('../types/index.js').ApiKey>}
   */
  function fetchApiKey(options) {
    return run('fetchApiKey', options, { username: 'username', secret: 'password' }, (core, o, transport) =>
      withSecretBytes(o.password, (password) =>
        core.fetchApiKey(o.realm, o.username, password, password.length, o.allowInsecureHttp, transport)));
  }

  /**
   * Logs in without a password on a Zulip development server: POST
   * {realm}/api/v1/dev_fetch_api_key. A production server rejects with MALFORMED_RESPONSE.
   * @param {import('../types/index.js').DevFetchApiKeyOptions} options
   * @returns {Promise<import('../types/index.js').ApiKey>}
   */
  function devFetchApiKey(options) {
    return run('devFetchApiKey', options, { username: 'username' }, (core, o, transport) =>
      core.devFetchApiKey(o.realm, o.username, o.allowInsecureHttp, transport));
  }

  /**
   * What a Zulip server says about itself and its organization: GET {realm}/api/v1/server_settings.
   * Fields the server leaves out are left out of the result (zulipFeatureLevel is 0 then).
   * @param {import('../types/index.js').RequestOptions} options
   * @returns {Promise<import('../types/index.js').ServerSettings>}
   */
  function getServerSettings(options) {
    return run('getServerSettings', options, {}, (core, o, transport) =>
      core.getServerSettings(o.realm, o.allowInsecureHttp, transport));
  }

  /**
   * Logs in as Zulip's own apps do: server_settings first, then the password to the realm URL
   * the server names. Rejects with PASSWORD_AUTH_DISABLED, without sending the password, when
   * the organization takes none. One timeout and signal cover both requests.
   * @param {import('../types/index.js').FetchApiKeyOptions} options
   * @returns {Promise<import('../types/index.js').LoginResult>}
   */
  function login(options) {
    return run('login', options, { username: 'username', secret: 'password' }, (core, o, transport) =>
      core.login(o.realm, o.username,
        // Encoded only when the core builds the second request; it zeroes the bytes once copied.
        () => new TextEncoder().encode(o.password),
        o.password.length, o.allowInsecureHttp, transport));
  }

  /**
   * Logs in with a JSON Web Token from the organization's backend: POST
   * {realm}/api/v1/jwt/fetch_api_key (Zulip 7.0+, feature level 160). The token is a secret
   * exactly like a password. With `includeProfile`, the result's `profile` says who logged in
   * and `userId` is set (Zulip sends no user id otherwise).
   * @param {import('../types/index.js').JwtFetchApiKeyOptions} options
   * @returns {Promise<import('../types/index.js').JwtApiKey>}
   */
  function jwtFetchApiKey(options) {
    return run('jwtFetchApiKey', options, { secret: 'token', includeProfile: true }, (core, o, transport) =>
      withSecretBytes(o.password, (token) =>
        core.jwtFetchApiKey(o.realm, token, token.length, o.includeProfile, o.allowInsecureHttp, transport)));
  }

  /**
   * Whether a saved API key still works, and whose it is: GET {realm}/api/v1/users/me with HTTP
   * Basic auth. Rejects with INVALID_API_KEY when the server refuses the email and key. The key
   * is a secret exactly like a password, and no redirect is followed.
   * @param {import('../types/index.js').VerifyApiKeyOptions} options
   * @returns {Promise<import('../types/index.js').OwnUser>}
   */
  function verifyApiKey(options) {
    return run('verifyApiKey', options, { username: 'email', secret: 'apiKey' }, (core, o, transport) =>
      withSecretBytes(o.password, (key) =>
        core.verifyApiKey(o.realm, o.username, key, key.length, o.allowInsecureHttp, transport)));
  }

  /**
   * The URL a person typed, as the Zulip server URL this package talks to:
   * " Chat.Zulip.org/ " -> "https://chat.zulip.org"; "bücher.example" ->
   * "https://xn--bcher-kva.example". Throws INVALID_REALM_URL or INSECURE_REALM_URL.
   * Synchronous: the module must be ready (see ready()).
   * @param {string | URL} input
   * @param {{ allowInsecureHttp?: boolean, messages?: import('../words/format.js').Messages }} [options]
   * @returns {string}
   */
  function normalizeRealmUrl(input, options = {}) {
    const fn = 'normalizeRealmUrl';
    const text = input instanceof URL ? input.href : input;
    if (typeof text !== 'string') throw invalidArgument('realm', { fn });
    const allowInsecureHttp = options?.allowInsecureHttp ?? false;
    if (typeof allowInsecureHttp !== 'boolean') throw invalidArgument('allowInsecureHttp', { fn });
    return unwrap(loader.now().normalizeRealmUrl(text.toWellFormed(), allowInsecureHttp), { messages: options?.messages });
  }

  /**
   * Resolves once the WebAssembly module is instantiated (it is instantiated once and reused).
   * `wasm` says where the .wasm is, when not where the entry looks for it: a URL, its bytes, a
   * Response (or a promise of one) or a compiled WebAssembly.Module.
   * @param {{ wasm?: unknown }} [options]
   * @returns {Promise<void>}
   */
  async function ready(options) {
    await loader.ready(options?.wasm);
  }

  return { fetchApiKey, devFetchApiKey, getServerSettings, login, jwtFetchApiKey, verifyApiKey, normalizeRealmUrl, ready };
}
