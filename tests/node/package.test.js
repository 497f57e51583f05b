// The package as users get it: packed with npm, installed from the tarball into an empty folder,
// then used from ESM and from CommonJS to log in against devserver/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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
  'both.mjs': `import { createRequire } from 'node:module';
import * as esm from 'zulip-fetch-api-key';
const cjs = createRequire(import.meta.url)('zulip-fetch-api-key');
console.log(JSON.stringify({ sameClass: esm.ZulipError === cjs.ZulipError, sameFunction: esm.fetchApiKey === cjs.fetchApiKey }));`,
};

describe('the packed package, installed into an empty folder', () => {
  /** @type {string} */
  let dir;
  /** @type {Awaited<ReturnType<typeof startDevServer>>} */
  let server;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zfak-install-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root });
    const [{ filename, files }] = JSON.parse(stdout);
    assert.ok(files.some((/** @type {{path: string}} */ f) => f.path === 'dist/zulip_fetch_api_key.wasm'));
    await writeFile(join(dir, 'package.json'), '{ "name": "consumer", "private": true }\n');
    await run('npm', ['install', '--no-audit', '--no-fund', '--offline', join(dir, filename)], { cwd: dir });
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

  test('import and require share one module: one ZulipError class', async () => {
    const { stdout } = await run(process.execPath, ['both.mjs'], { cwd: dir });
    assert.deepEqual(JSON.parse(stdout), { sameClass: true, sameFunction: true });
  });
});
