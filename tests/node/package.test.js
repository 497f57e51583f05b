// The package as users get it: packed with npm, installed from the tarball into an empty folder,
// then used from ESM and from CommonJS to log in against devserver/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { startDevServer } from '../../devserver/server.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

const consumers = {
  'esm.mjs': `import { fetchApiKey, ZulipError } from 'zulip-fetch-api-key';
const r = await fetchApiKey({ realm: process.argv[2], username: 'iago@zulip.com', password: 'abcd1234' });
const e = await fetchApiKey({ realm: process.argv[2], username: 'iago@zulip.com', password: 'x' }).catch((x) => x);
console.log(JSON.stringify({ email: r.email, userId: r.userId, apiKey: r.apiKey, error: e instanceof ZulipError && e.code }));`,
  'cjs.cjs': `const { fetchApiKey, ZulipError } = require('zulip-fetch-api-key');
(async () => {
  const r = await fetchApiKey({ realm: process.argv[2], username: 'iago@zulip.com', password: 'abcd1234' });
  const e = await fetchApiKey({ realm: process.argv[2], username: 'iago@zulip.com', password: 'x' }).catch((x) => x);
  console.log(JSON.stringify({ email: r.email, userId: r.userId, apiKey: r.apiKey, error: e instanceof ZulipError && e.code }));
})();`,
  // Type-checked with tsc --strict: .mts resolves the ESM types, .cts the CommonJS ones.
  'types.mts': `import { login, writeZuliprc, ZulipError, type ApiKey } from 'zulip-fetch-api-key';
export async function save(password: string): Promise<ApiKey | string> {
  try {
    const r = await login({ realm: 'chat.example.com', username: 'me', password, timeoutMs: 1000 });
    await writeZuliprc('/tmp/zuliprc', { email: r.email, apiKey: r.apiKey, site: r.serverSettings.realmUrl ?? r.realm });
    return r;
  } catch (e) {
    return e instanceof ZulipError ? e.code : 'unknown';
  }
}`,
  'types.cts': `import zfak = require('zulip-fetch-api-key');
export async function key(password: string): Promise<string> {
  const r = await zfak.fetchApiKey({ realm: new URL('https://chat.example.com'), username: 'me', password });
  const id: number | null = r.userId;
  return zfak.formatZuliprc({ email: r.email, apiKey: r.apiKey, site: r.realm }) + String(id);
}`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [] },
    files: ['types.mts', 'types.cts'],
  }),
  'both.mjs': `import { createRequire } from 'node:module';
import * as esm from 'zulip-fetch-api-key';
const cjs = createRequire(import.meta.url)('zulip-fetch-api-key');
console.log(JSON.stringify({ sameClass: esm.ZulipError === cjs.ZulipError, sameFunction: esm.fetchApiKey === cjs.fetchApiKey }));`,
};

describe('the packed package, installed into an empty folder', () => {
  /** @type {string} */
  let dir;
  /** @type {string} the packed .tgz */
  let tarball;
  /** @type {Awaited<ReturnType<typeof startDevServer>>} */
  let server;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zfak-install-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root });
    const [{ filename, files }] = JSON.parse(stdout);
    const packed = files.map((/** @type {{path: string}} */ f) => f.path);
    // The .wasm (also exported as ./wasm), the Workers entry, the folder Parcel resolves the
    // widget through (it ignores `exports`), and the license package.json names.
    for (const file of ['dist/zulip_fetch_api_key.wasm', 'dist/workerd.js', 'widget/package.json', 'LICENSE']) {
      assert.ok(packed.includes(file), `${file} is packed: ${packed.join(', ')}`);
    }
    await writeFile(join(dir, 'package.json'), '{ "name": "consumer", "private": true }\n');
    tarball = join(dir, filename);
    await run('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: dir });
    for (const [name, source] of Object.entries(consumers)) await writeFile(join(dir, name), source);
    server = await startDevServer();
  });
  after(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const file of ['esm.mjs', 'cjs.cjs']) {
    test(`${file} logs in`, async () => {
      const { stdout } = await run(process.execPath, [file, server.url], { cwd: dir });
      const out = JSON.parse(stdout);
      assert.equal(out.email, 'iago@zulip.com');
      assert.equal(typeof out.userId, 'number');
      assert.match(out.apiKey, /^[A-Za-z0-9]{32}$/);
      assert.equal(out.error, 'AUTHENTICATION_FAILED');
    });
  }

  test('its types check under tsc --strict, from ESM and from CommonJS', async () => {
    await run(join(root, 'node_modules', 'typescript', 'bin', 'tsc'), ['-p', dir], { cwd: dir });
    await writeFile(join(dir, 'wrong.mts'), "import { fetchApiKey } from 'zulip-fetch-api-key';\nawait fetchApiKey({ realm: 'x', username: 'y' });\n");
    const config = JSON.parse(consumers['tsconfig.json']);
    await writeFile(join(dir, 'tsconfig.wrong.json'), JSON.stringify({ ...config, files: ['wrong.mts'] }));
    await assert.rejects(run(join(root, 'node_modules', 'typescript', 'bin', 'tsc'), ['-p', 'tsconfig.wrong.json'], { cwd: dir }),
      (error) => /password/.test(/** @type {any} */ (error).stdout), 'a missing password is a type error');
  });

  test('npx zulip-fetch-api-key logs in', async () => {
    const child = execFile('npx', ['--no-install', 'zulip-fetch-api-key', '--realm', server.url, '--username', 'iago@zulip.com', '--password-stdin', '--format', 'key'], { cwd: dir });
    child.stdin?.end('abcd1234\n');
    const [status, stdout] = await new Promise((resolve) => {
      let out = '';
      child.stdout?.on('data', (chunk) => { out += chunk; });
      child.on('close', (code) => resolve([code, out]));
    });
    assert.equal(status, 0);
    assert.match(stdout, /^[A-Za-z0-9]{32}\n$/);
  });

  test('without the exports map (Parcel 2): the browser and module fields name the browser builds, which exist', async () => {
    const installed = join(dir, 'node_modules', 'zulip-fetch-api-key');
    const fields = async (/** @type {string} */ folder) =>
      JSON.parse(await readFile(join(installed, folder, 'package.json'), 'utf8'));
    const top = await fields('.');
    const widget = await fields('widget');
    for (const [folder, target, built] of [['.', top.module, 'dist/browser.js'],
      ['widget', widget.browser, 'dist/widget.js'], ['widget', widget.module, 'dist/widget.js'], ['widget', widget.main, 'dist/widget.js']]) {
      assert.equal(join(folder, target), built);
      await access(join(installed, built));
    }
    await access(join(installed, 'widget', widget.types));
  });

  // The ecosystem's own checks of a package, on the tarball itself: a packaging mistake fails here.
  test('publint has nothing to say, not even a suggestion', async () => {
    const { messages, pkg } = await publint({ pack: { tarball: (await readFile(tarball)).buffer } });
    assert.deepEqual(messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`), []);
  });

  test('Are the Types Wrong finds no problem with any entry, from CommonJS or ESM', async () => {
    // ./wasm is a WebAssembly module, not JavaScript: it has no types to check. No @types
    // package is looked up (that would need the registry).
    const attw = join(root, 'node_modules', '.bin', 'attw');
    const args = [tarball, '--exclude-entrypoints', './wasm', '--no-definitely-typed', '--format', 'table-flipped', '--no-color', '--no-emoji'];
    await run(attw, args, { cwd: dir }).catch((/** @type {any} */ error) => assert.fail(error.stdout || error.message));
  });

  test('import and require share one module: one ZulipError class', async () => {
    const { stdout } = await run(process.execPath, ['both.mjs'], { cwd: dir });
    assert.deepEqual(JSON.parse(stdout), { sameClass: true, sameFunction: true });
  });
});
