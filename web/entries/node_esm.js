// `import 'zulip-fetch-api-key'` in Node: the same module instance as `require` gets. Copied to
// dist/node.mjs, next to the bundle it re-exports.
export * from './node.cjs';
