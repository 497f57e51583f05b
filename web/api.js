// The public functions, written once for every runtime: an entry point (node.js, browser.js)
// supplies the way to get the instantiated wasm core.
import { errorFromDescriptor, invalidArgument } from './descriptors.js';
import { startDeadline } from './deadline.js';
import { checkOptions, wellFormed } from './options.js';
import { fetchTransport } from './transport.js';

/**
 * normalizeRealmUrl's answer; the operations' promises resolve with the value or reject with
 * the error descriptor.
 * @typedef {{ ok: true, value: any } | { ok: false, error: { code: string, message: string } }} Outcome
 * @typedef {{
 *   normalizeRealmUrl(input: string, allowInsecureHttp: boolean): Outcome,
 *   fetchApiKey(realm: string, username: string, password: Uint8Array, passwordLength: number,
 *     allowInsecureHttp: boolean, transport: Function): Promise<any>,
 *   devFetchApiKey(realm: string, username: string, allowInsecureHttp: boolean, transport: Function): Promise<any>,
 *   getServerSettings(realm: string, allowInsecureHttp: boolean, transport: Function): Promise<any>,
 *   login(realm: string, username: string, password: () => Uint8Array, passwordLength: number,
 *     allowInsecureHttp: boolean, transport: Function): Promise<any>,
 *   maxResponseBytes: number,
 * }} Core
 * @typedef {import('./options.js').CheckedOptions} CheckedOptions
 */

/** @param {Outcome} outcome */
function unwrap(outcome) {
  if (!outcome.ok) throw errorFromDescriptor(outcome.error);
  return outcome.value;
}

/**
 * @param {{ ready: () => Promise<Core>, now: () => Core }} core
 *   `ready` instantiates the module once and reuses it; `now` gives it synchronously, once ready.
 */
export function createApi(core) {
  /**
   * One operation from start to end: options checked, one deadline (timeout and signal) over
   * every request the core sends through the transport, the core's outcome unwrapped.
   * @param {string} fn  the public function's name, for the messages
   * @param {unknown} options
   * @param {{ username: boolean, password: boolean }} needs
   * @param {(wasm: Core, o: CheckedOptions, transport: Function) => Promise<any>} call
   */
  async function run(fn, options, needs, call) {
    const o = checkOptions(fn, options, needs);
    const wasm = await core.ready();
    const deadline = startDeadline(o.signal, o.timeoutMs);
    try {
      const transport = fetchTransport(o.fetch, deadline, wasm.maxResponseBytes);
      return await call(wasm, o, transport).catch((/** @type {any} */ descriptor) => {
        if (descriptor instanceof Error) throw descriptor;
        // A NETWORK_ERROR's cause is the platform's error, which the transport kept.
        const cause = descriptor.code === 'NETWORK_ERROR' ? transport.cause : undefined;
        throw errorFromDescriptor(cause === undefined ? descriptor : { ...descriptor, cause });
      });
    } finally {
      deadline.dispose();
    }
  }

  /**
   * Logs in with a password: POST {realm}/api/v1/fetch_api_key.
   * @param {import('./index.js').FetchApiKeyOptions} options
   * @returns {Promise<import('./index.js').ApiKey>}
   */
  function fetchApiKey(options) {
    return run('fetchApiKey', options, { username: true, password: true }, (wasm, o, transport) => {
      const password = new TextEncoder().encode(o.password);
      const pending = wasm.fetchApiKey(o.realm, o.username, password, password.length, o.allowInsecureHttp,
        transport);
      password.fill(0); // the core copied it, and wiped its own copies
      return pending;
    });
  }

  /**
   * Logs in without a password on a Zulip development server: POST
   * {realm}/api/v1/dev_fetch_api_key. A production server rejects with MALFORMED_RESPONSE.
   * @param {import('./index.js').DevFetchApiKeyOptions} options
   * @returns {Promise<import('./index.js').ApiKey>}
   */
  function devFetchApiKey(options) {
    return run('devFetchApiKey', options, { username: true, password: false }, (wasm, o, transport) =>
      wasm.devFetchApiKey(o.realm, o.username, o.allowInsecureHttp, transport));
  }

  /**
   * What a Zulip server says about itself and its organization: GET {realm}/api/v1/server_settings.
   * Fields the server leaves out are left out of the result (zulipFeatureLevel is 0 then).
   * @param {import('./index.js').RequestOptions} options
   * @returns {Promise<import('./index.js').ServerSettings>}
   */
  function getServerSettings(options) {
    return run('getServerSettings', options, { username: false, password: false }, (wasm, o, transport) =>
      wasm.getServerSettings(o.realm, o.allowInsecureHttp, transport));
  }

  /**
   * Logs in as Zulip's own apps do: server_settings first, then the password to the realm URL
   * the server names. Rejects with PASSWORD_AUTH_DISABLED, without sending the password, when
   * the organization takes none. One timeout and signal cover both requests.
   * @param {import('./index.js').FetchApiKeyOptions} options
   * @returns {Promise<import('./index.js').LoginResult>}
   */
  function login(options) {
    return run('login', options, { username: true, password: true }, (wasm, o, transport) =>
      wasm.login(o.realm, o.username,
        // Encoded only when the core builds the second request; it zeroes the bytes once copied.
        () => new TextEncoder().encode(o.password),
        o.password.length, o.allowInsecureHttp, transport));
  }

  /**
   * The URL a person typed, as the Zulip server URL this package talks to:
   * " Chat.Zulip.org/ " -> "https://chat.zulip.org"; "bücher.example" ->
   * "https://xn--bcher-kva.example". Throws INVALID_REALM_URL or INSECURE_REALM_URL.
   * Synchronous: the module must be ready (see ready()).
   * @param {string | URL} input
   * @param {{ allowInsecureHttp?: boolean }} [options]
   * @returns {string}
   */
  function normalizeRealmUrl(input, options = {}) {
    const text = input instanceof URL ? input.href : input;
    if (typeof text !== 'string') throw invalidArgument('normalizeRealmUrl takes the URL as a string.');
    const allowInsecureHttp = options?.allowInsecureHttp ?? false;
    if (typeof allowInsecureHttp !== 'boolean') {
      throw invalidArgument('normalizeRealmUrl: allowInsecureHttp must be true or false.');
    }
    return unwrap(core.now().normalizeRealmUrl(wellFormed(text), allowInsecureHttp));
  }

  /**
   * Resolves once the WebAssembly module is instantiated (it is instantiated once and reused).
   * @returns {Promise<void>}
   */
  async function ready() {
    await core.ready();
  }

  return { fetchApiKey, devFetchApiKey, getServerSettings, login, normalizeRealmUrl, ready };
}
