// The public functions, written once for every runtime: an entry point (node.js, browser.js)
// supplies the way to get the instantiated wasm core.
import { errorFromDescriptor, invalidArgument } from './descriptors.js';
import { startDeadline } from './deadline.js';
import { checkOptions } from './options.js';
import { fetchTransport } from './transport.js';

/**
 * @typedef {{ ok: true, value: any } | { ok: false, error: { code: string, message: string } }} Outcome
 * @typedef {{
 *   normalizeRealmUrl(input: string, allowInsecureHttp: boolean): Outcome,
 *   fetchApiKey(options: object, transport: Function): Promise<Outcome>,
 *   maxResponseBytes: number,
 * }} Core
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
   * Logs in with a password: POST {realm}/api/v1/fetch_api_key.
   * @param {import('./index.js').FetchApiKeyOptions} options
   * @returns {Promise<import('./index.js').ApiKey>}
   */
  async function fetchApiKey(options) {
    const o = checkOptions('fetchApiKey', options, { username: true, password: true });
    const wasm = await core.ready();
    const deadline = startDeadline(o.signal, o.timeoutMs);
    try {
      const password = new TextEncoder().encode(o.password);
      const pending = wasm.fetchApiKey(
        { realm: o.realm, username: o.username, password, allowInsecureHttp: o.allowInsecureHttp },
        fetchTransport(o.fetch, deadline, wasm.maxResponseBytes));
      password.fill(0); // the core copied it, and wiped its own copies
      return unwrap(await pending);
    } finally {
      deadline.dispose();
    }
  }

  /**
   * The URL a person typed, as the Zulip server URL this package talks to:
   * " Chat.Zulip.org/ " -> "https://chat.zulip.org". Throws INVALID_REALM_URL or
   * INSECURE_REALM_URL. Synchronous: the module must be ready (see ready()).
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
    return unwrap(core.now().normalizeRealmUrl(text, allowInsecureHttp));
  }

  /**
   * Resolves once the WebAssembly module is instantiated (it is instantiated once and reused).
   * @returns {Promise<void>}
   */
  async function ready() {
    await core.ready();
  }

  return { fetchApiKey, normalizeRealmUrl, ready };
}
