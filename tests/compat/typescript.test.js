// TypeScript 5.9 and 7 check the README's `zulip-login` listeners, on the element, the document
// and the window, under --strict (tests/compat/projects/typescript/).
import path from 'node:path';
import { row, timed } from './helpers/matrix.js';
import { COMPAT, command, setUpProject, toolVersion } from './helpers/project.js';

/** @type {Promise<string> | undefined} */
let project;

for (const [pkg, major] of [['typescript', '5.9'], ['typescript-7', '7']]) {
  row(pkg, { target: `TypeScript ${major} --strict: zulip-login listeners typed`, tool: 'typescript' }, async (measures) => {
    measures.version = await toolVersion(pkg);
    const dir = await (project ??= setUpProject('typescript'));
    await timed(measures, () => command(dir, 'node', [path.join(COMPAT, 'node_modules', pkg, 'bin', 'tsc'), '-p', '.']));
  });
}
