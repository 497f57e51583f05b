// A login through the wasm core alone: the request the core builds, sent with a bare fetch, and
// the answer handed back to the core, with none of the package's JS around it (no options, no
// deadline, no body cap). The floor any login through this core pays; bench/cold_start_child.js
// and bench/first_login_child.js time it.
import { readFileSync } from 'node:fs';
import { PASSWORD, USERNAME } from './inputs.js';

/** The .wasm, compiled synchronously as the Node entry does. */
export function compileCore() {
  return new WebAssembly.Module(readFileSync(new URL('../dist/zulip_fetch_api_key.wasm', import.meta.url)));
}

/**
 * @param {any} core  an instantiated core (web/core/core_node.js)
 * @param {string} realm
 * @param {() => void} [onSend]  called when the core hands its request over
 * @param {() => void} [onReceived]  called when the answer's body has been read
 * @returns {Promise<string>} the API key
 */
export async function loginThroughCore(core, realm, onSend = () => {}, onReceived = () => {}) {
  const password = new TextEncoder().encode(PASSWORD);
  const transport = async (/** @type {string} */ method, /** @type {string} */ url,
    /** @type {string[]} */ headers, /** @type {Uint8Array} */ body) => {
    onSend();
    /** @type {[string, string][]} */
    const pairs = [];
    for (let i = 0; i < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
    const response = await fetch(url, { method, headers: pairs, body: body.slice() });
    const received = new Uint8Array(await response.arrayBuffer());
    onReceived();
    return { status: response.status, body: received, retryAfter: '' };
  };
  const result = await core.fetchApiKey(realm, USERNAME, password, password.length, true, transport);
  if (typeof result.apiKey !== 'string') throw new Error('the login through the core alone failed');
  return result.apiKey;
}
