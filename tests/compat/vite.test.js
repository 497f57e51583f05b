// Vite, zero configuration: `vite build` of the login page.
import { bundledPageRow } from './helpers/page.js';

bundledPageRow('vite', { target: 'Vite 8, zero configuration: a page with the widget', tool: 'vite' });
