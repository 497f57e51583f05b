// A module Web Worker (bundled by Vite) logs in, in Chromium (tests/compat/projects/worker/). The
// .wasm comes over a slow network (answered after WASM_DELAY_MS), as it may in real life: the
// page's first message must still reach the Worker.
import assert from 'node:assert/strict';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { row, timed } from './helpers/matrix.js';
import { EMAIL, onPage, pageResult } from './helpers/page.js';
import { runScript, setUpProject, toolVersion } from './helpers/project.js';

const WASM_DELAY_MS = 1000;

row('worker', { target: 'Web Worker (module, bundled by Vite), .wasm on a slow network: logs in', tool: 'vite' }, async (measures) => {
  measures.version = await toolVersion('vite');
  const dir = await setUpProject('worker');
  await timed(measures, () => runScript(dir));
  const slowWasm = (/** @type {import('playwright-core').Page} */ page) =>
    page.context().route('**/*.wasm', async (route) => { await sleep(WASM_DELAY_MS); await route.continue(); });
  await onPage(path.join(dir, 'dist'), '/index.html', async (page) => {
    assert.equal(await pageResult(page, 'worker'), EMAIL);
  }, slowWasm);
});
