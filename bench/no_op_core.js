// What the JS side alone costs: the public fetchApiKey (options, deadline, transport, errors)
// over a core that does no work: it sends a request written in advance and reads the key with
// JSON.parse, without checking anything. Its distance to the minimal fetch is web/'s share of
// the latency; its distance to zulip-fetch-api-key is the wasm core's (bench/notes.md).
import { createApi } from '../web/core/api.js';
import { loadedLoader } from '../tests/node/helpers/core.js';
import { PASSWORD, USERNAME } from './inputs.js';

const body = new TextEncoder().encode(new URLSearchParams({ username: USERNAME, password: PASSWORD }).toString());
const headers = ['content-type', 'application/x-www-form-urlencoded', 'user-agent', 'zulip-fetch-api-key'];

/** @type {any} */
const core = {
  maxResponseBytes: 1 << 20,
  /** @param {string} realm @param {*} _u @param {*} _p @param {*} _l @param {*} _i @param {Function} transport */
  fetchApiKey(realm, _u, _p, _l, _i, transport) {
    return transport('POST', `${realm}/api/v1/fetch_api_key`, headers, body).then(
      (/** @type {{ body: Uint8Array }} */ outcome) => ({ apiKey: JSON.parse(new TextDecoder().decode(outcome.body)).api_key }));
  },
};

export const { fetchApiKey: fetchApiKeyNoOpCore } = createApi(loadedLoader(core));
