// esbuild --bundle --format=esm, with the README's step: the .wasm copied next to the bundle
// (tests/compat/projects/esbuild/). Without that step, the page still shows the widget, and a
// login rejects with a ZulipError that names the URL of the missing .wasm.
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { row, timed } from './helpers/matrix.js';
import { bundledPageRow, onPage, pageResult } from './helpers/page.js';
import { runScript, setUpProject, toolVersion } from './helpers/project.js';

bundledPageRow('esbuild', { target: 'esbuild --bundle --format=esm, .wasm copied next to the bundle: a page with the widget', tool: 'esbuild' });

row('esbuild-no-wasm', { target: 'esbuild, the copy step forgotten: the widget shows, login rejects WASM_LOAD_FAILED naming the URL', tool: 'esbuild' }, async (measures) => {
  measures.version = await toolVersion('esbuild');
  const dir = await setUpProject('esbuild', { page: true });
  await timed(measures, () => runScript(dir));
  await rm(path.join(dir, 'dist', 'zulip_fetch_api_key.wasm'));
  await onPage(path.join(dir, 'dist'), '/index.html', async (page) => {
    await page.locator('zulip-login').getByLabel('Server URL').waitFor({ timeout: 10_000 });
    const origin = new URL(page.url()).origin;
    assert.match(await pageResult(page, 'script') ?? '', new RegExp(`^\\w+: WASM_LOAD_FAILED: .*${origin}/zulip_fetch_api_key\\.wasm`));
  });
});
