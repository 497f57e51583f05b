// The entries as Node, server bundlers and Workers load them, each in a process of its own:
// dist/node.cjs moved away from dist/ (as Next.js bundles it), the widget imported in plain
// Node, dist/workerd.js with the .wasm imported as a compiled module (as wrangler does).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('entries as other runtimes and bundlers load them', () => {
  /** @type {string} */
  let dir;
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'zfak-loader-')); });
  after(() => dir && rm(dir, { recursive: true, force: true }));

  const node = (/** @type {string[]} */ ...args) => run(process.execPath, args, { cwd: root });

  test('dist/node.cjs works alone, moved away from the .wasm (as a server bundler moves it)', async () => {
    await copyFile(join(root, 'dist/node.cjs'), join(dir, 'moved.cjs'));
    const { stdout } = await run(process.execPath, ['-e',
      "console.log(require('./moved.cjs').normalizeRealmUrl(' Chat.Zulip.org/ '))"], { cwd: dir });
    assert.equal(stdout.trim(), 'https://chat.zulip.org');
  });

  test('server code bundled with the package (esbuild --platform=node --format=cjs) runs from another folder', async () => {
    // The package as an app's dependency sees it: its exports map, from its own folder.
    await mkdir(join(dir, 'node_modules'), { recursive: true });
    await symlink(root, join(dir, 'node_modules', 'zulip-fetch-api-key'), 'dir');
    const app = join(dir, 'server.js');
    await writeFile(app, "import { normalizeRealmUrl, ready } from 'zulip-fetch-api-key';\n"
      + "ready().then(() => console.log(normalizeRealmUrl(' Chat.Zulip.org/ ')));\n");
    await run(join(root, 'node_modules/.bin/esbuild'), [app, '--bundle', '--platform=node', '--format=cjs',
      `--outfile=${join(dir, 'out/server.cjs')}`, '--log-level=warning'], { cwd: root });
    const { stdout } = await run(process.execPath, [join(dir, 'out/server.cjs')], { cwd: dir });
    assert.equal(stdout.trim(), 'https://chat.zulip.org');
  });

  test("plain Node: import('zulip-fetch-api-key/widget') resolves; the package is usable synchronously on import", async () => {
    const { stdout } = await node('--input-type=module', '-e', `
      const widget = await import('zulip-fetch-api-key/widget');
      const zfak = await import('zulip-fetch-api-key');
      console.log(typeof widget.ZulipLoginElement, zfak.normalizeRealmUrl('chat.zulip.org'));`);
    assert.equal(stdout.trim(), 'function https://chat.zulip.org');
  });

  test('dist/workerd.js instantiates from the imported WebAssembly.Module, fetching nothing', async () => {
    const hooks = new URL('fixtures/wasm_module_hooks.mjs', import.meta.url).href;
    const { stdout } = await node('--import', `data:text/javascript,import{register}from'node:module';register('${hooks}')`,
      '--input-type=module', '-e', `
      globalThis.fetch = () => { throw new Error('fetched'); };
      const zfak = await import('./dist/workerd.js');
      await zfak.ready();
      console.log(zfak.normalizeRealmUrl('chat.zulip.org'), typeof zfak.describeError);`);
    assert.equal(stdout.trim(), 'https://chat.zulip.org function', 'the same exports as the other entries');
  });

  test('importing the Node entry loads neither node:crypto nor node:fs/promises; writeZuliprc loads them when called', async () => {
    const file = join(dir, 'lazy.zuliprc');
    const { stdout } = await node('--input-type=module', '-e', `
      const nodeOnly = () => process.moduleLoadList.filter((m) => /^NativeModule (crypto|fs\\/promises)$/.test(m));
      const before = nodeOnly();
      const zfak = await import('zulip-fetch-api-key');
      const afterImport = nodeOnly();
      await zfak.writeZuliprc(${JSON.stringify(file)}, { email: 'iago@zulip.com', apiKey: 'a'.repeat(32), site: 'https://chat.zulip.org' });
      console.log(JSON.stringify({ before, afterImport, afterWrite: nodeOnly().sort() }));`);
    assert.deepEqual(JSON.parse(stdout), {
      before: [], afterImport: [], afterWrite: ['NativeModule crypto', 'NativeModule fs/promises'],
    });
  });
});
