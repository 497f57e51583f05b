// The Node entry point. Bundled into dist/node.cjs, which both `require` and `import` load (see
// node_esm.js), so that a program mixing the two still has one ZulipError class.
import { createApi } from './api.js';
import { nodeCore } from './core_node.js';

export * from './errors.js';
export { describeError } from './messages.js';
export const {
  fetchApiKey, devFetchApiKey, getServerSettings, login, normalizeRealmUrl, ready,
} = createApi({
  ready: async () => nodeCore(),
  now: nodeCore,
});
export { formatZuliprc, writeZuliprc } from './zuliprc.js';
