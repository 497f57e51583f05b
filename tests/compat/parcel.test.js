// Parcel 2, zero configuration: `npm run build` of the login page (tests/compat/projects/parcel/).
import { bundledPageRow } from './helpers/page.js';

bundledPageRow('parcel', { target: 'Parcel 2, zero configuration: a page with the widget', tool: 'parcel' });
