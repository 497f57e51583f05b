// A CDN-like layout: the modules from a CDN path through an import map, the .wasm elsewhere
// (renamed by an asset pipeline), found through ready({ wasm }) (tests/compat/projects/cdn/).
import path from 'node:path';
import { row, timed } from './helpers/matrix.js';
import { logInThroughWidget, onPage } from './helpers/page.js';
import { runScript, setUpProject } from './helpers/project.js';

row('cdn', { target: 'CDN layout, .wasm elsewhere, ready({ wasm }): a page with the widget', tool: 'import map' }, async (measures) => {
  const dir = await setUpProject('cdn', { page: true });
  await timed(measures, () => runScript(dir));
  await onPage(path.join(dir, 'public'), '/index.html', logInThroughWidget);
});
