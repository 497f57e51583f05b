// TypeScript 5.9 and 7 check the README's `zulip-login` listeners, on the element, the document
// and the window, under --strict (tests/compat/projects/typescript/).
import path from 'node:path';
import { row } from './helpers/matrix.js';
import { COMPAT, command, setUpProject, toolVersion } from './helpers/project.js';

/** @type {Promise<string> | undefined} */
let project;

for (const tool of ['typescript', 'typescript-7']) {
  row(tool, { target: 'TypeScript --strict: zulip-login listeners typed', tool }, async (measures) => {
    measures.version = await toolVersion(tool);
    const dir = await (project ??= setUpProject('typescript'));
    const start = performance.now();
    await command(dir, 'node', [path.join(COMPAT, 'node_modules', tool, 'bin', 'tsc'), '-p', '.']);
    measures.buildSeconds = (performance.now() - start) / 1000;
  });
}
