// One cold start, in a fresh process: `node bench/cold_start_child.js <variant> [realm]`.
// The parent times it from spawn to exit.
import { createRequire } from 'node:module';
import { PASSWORD, USERNAME } from './inputs.js';
import { minimalLogin } from './minimal_fetch.js';

const require = createRequire(import.meta.url);
const [variant, realm] = process.argv.slice(2);

const variants = {
  // Node itself: the floor every other variant pays.
  'node only': async () => {},
  // The alternative to any library: one hand-written login.
  'plain fetch': () => minimalLogin(realm),
  'zulip-fetch-api-key: import + ready()': async () => {
    const { ready } = await import('zulip-fetch-api-key');
    await ready();
  },
  'zulip-js: import': async () => {
    require('zulip-js');
  },
  // What a login script pays, start to finish: Node's fetch loads lazily, on first use.
  'zulip-fetch-api-key: import + one login': async () => {
    const { fetchApiKey } = await import('zulip-fetch-api-key');
    await fetchApiKey({ realm, username: USERNAME, password: PASSWORD });
  },
  'zulip-js: import + one login': async () => {
    await require('zulip-js')({ realm, username: USERNAME, password: PASSWORD });
  },
};

await variants[variant]();
