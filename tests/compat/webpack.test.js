// webpack 5: `npm run build` of the login page (tests/compat/projects/webpack/).
import { bundledPageRow } from './helpers/page.js';

bundledPageRow('webpack', { target: 'webpack 5: a page with the widget', tool: 'webpack' });
