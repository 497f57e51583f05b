// `import 'zulip-fetch-api-key'` in Node: the same module instance as `require` gets.
export * from '../../dist/node.cjs';
