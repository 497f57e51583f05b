// One cold start, in a fresh process: `node bench/cold_start_child.js <variant> [realm]`.
// The parent times it from spawn to exit.
import { createRequire } from 'node:module';
import { compileCore, loginThroughCore } from './core_alone_login.js';
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
  // The floor of any login through the wasm core: its glue and .wasm loaded, compiled and
  // instantiated, one request built and one answer read by the core, over a bare fetch, with none
  // of the package's JS around it. What the row above pays over this one is the package's own.
  'wasm core alone: one login': async () => {
    const { instantiateNodeCore } = await import('../web/core/core_node.js');
    await loginThroughCore(instantiateNodeCore(compileCore()), realm);
  },
  'zulip-js: import + one login': async () => {
    await require('zulip-js')({ realm, username: USERNAME, password: PASSWORD });
  },
};

await variants[variant]();
