// esbuild --bundle --format=esm, .wasm copied next to the bundle: `npm run build` of the login page (tests/compat/projects/esbuild/).
import { bundledPageRow } from './helpers/page.js';

bundledPageRow('esbuild', { target: 'esbuild --bundle --format=esm, .wasm copied next to the bundle: a page with the widget', tool: 'esbuild' });
