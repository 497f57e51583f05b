// Rollup 4 + node-resolve, .wasm copied next to the bundle: `npm run build` of the login page (tests/compat/projects/rollup/).
import { bundledPageRow } from './helpers/page.js';

bundledPageRow('rollup', { target: 'Rollup 4 + node-resolve, .wasm copied next to the bundle: a page with the widget', tool: 'rollup' });
