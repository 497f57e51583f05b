// Rollup 4 finds packages with @rollup/plugin-node-resolve; the .wasm is copied next to the
// bundle by the build script (the README's step for Rollup).
import { nodeResolve } from '@rollup/plugin-node-resolve';

export default {
  input: 'main.js',
  output: { dir: 'dist', format: 'es' },
  plugins: [nodeResolve({ browser: true })],
};
