// The ways to log in that are compared, each as (realm) => Promise<apiKey>.
import { createRequire } from 'node:module';
import { fetchApiKey } from 'zulip-fetch-api-key';
import { PASSWORD, USERNAME } from './inputs.js';
import { minimalLogin } from './minimal_fetch.js';
import { fetchApiKeyNoOpCore } from './no_op_core.js';

const zulip = createRequire(import.meta.url)('zulip-js');

export const BASELINE = 'minimal fetch';

/** @type {Record<string, (realm: string) => Promise<string>>} */
export const clients = {
  [BASELINE]: minimalLogin,
  // web/ alone, over a core that does nothing (bench/no_op_core.js): the JS side's share.
  'web/ with a no-op core': async (realm) =>
    (await fetchApiKeyNoOpCore({ realm, username: USERNAME, password: PASSWORD })).apiKey,
  'zulip-fetch-api-key': async (realm) =>
    (await fetchApiKey({ realm, username: USERNAME, password: PASSWORD })).apiKey,
  // zulip-js logs in inside zulip({ realm, username, password }): accounts.retrieve() POSTs a
  // multipart form to fetch_api_key through isomorphic-fetch (node-fetch) and keeps api_key.
  'zulip-js': async (realm) =>
    (await zulip({ realm, username: USERNAME, password: PASSWORD })).config.apiKey,
};
