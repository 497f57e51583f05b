// The private-file writer (web/node/private_file.js), in this process: what it refuses and why, before
// anything is written, and that a refused or raced write leaves what was there.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkDestination, DestinationError, writePrivateFile } from '../../web/node/private_file.js';

/**
 * Asserts that `promise` rejects with a DestinationError of `code` (and `what`).
 * @param {Promise<unknown>} promise
 * @param {string} code
 * @param {string} [what]
 */
async function refused(promise, code, what = '') {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof DestinationError, String(error));
    assert.equal(error.code, code);
    assert.equal(error.message, code);
    assert.equal(error.what, what);
    return true;
  });
}

describe('checkDestination and writePrivateFile', () => {
  /** @type {string} */
  let dir;
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'zfak-private-')); });
  after(() => rm(dir, { recursive: true, force: true }));

  test('a new name in a writable folder is accepted, with or without force', async () => {
    await checkDestination(join(dir, 'new'));
    await checkDestination(join(dir, 'new'), { force: true });
  });

  test('an existing regular file: EEXIST without force, accepted with it', async () => {
    const path = join(dir, 'existing');
    await writeFile(path, 'keep\n');
    await refused(checkDestination(path), 'EEXIST');
    await checkDestination(path, { force: true });
  });

  test('what is not a regular file is refused even with force, and says what it is', async () => {
    const folder = join(dir, 'folder');
    await mkdir(folder);
    const fifo = join(dir, 'fifo');
    await new Promise((resolve, reject) => execFile('mkfifo', [fifo], (e) => (e ? reject(e) : resolve(undefined))));
    const socketPath = join(dir, 'socket');
    const server = createServer();
    await new Promise((resolve) => server.listen(socketPath, () => resolve(undefined)));
    try {
      for (const [path, what] of [[folder, 'folder'], ['/dev/null', 'device'], [fifo, 'pipe'], [socketPath, 'socket']]) {
        await refused(checkDestination(path, { force: true }), 'ENOTREG', what);
        const link = join(dir, `link-to-${what}`);
        await symlink(path, link);
        await refused(checkDestination(link, { force: true }), 'ENOTREG', what);
      }
    } finally {
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    }
  });

  test('a link to nothing is EDANGLING; a link to a file is EEXIST without force', async () => {
    const dangling = join(dir, 'dangling');
    await symlink(join(dir, 'nowhere'), dangling);
    await refused(checkDestination(dangling, { force: true }), 'EDANGLING');
    const target = join(dir, 'target');
    await writeFile(target, 'target\n');
    const link = join(dir, 'link');
    await symlink(target, link);
    await refused(checkDestination(link), 'EEXIST');
    await writePrivateFile(link, 'new\n', { force: true });
    assert.equal(await readFile(target, 'utf8'), 'target\n', 'the link is replaced, never its target');
    assert.equal(await readFile(link, 'utf8'), 'new\n');
    await assert.rejects(readlink(link), { code: 'EINVAL' });
  });

  test('a missing folder is ENOENT, a file taken for a folder ENOTDIR, a folder that cannot be written EACCES', async () => {
    await refused(checkDestination(join(dir, 'missing', 'zuliprc')), 'ENOENT');
    const file = join(dir, 'plain');
    await writeFile(file, '');
    await refused(checkDestination(join(file, 'zuliprc')), 'ENOTDIR');
    await refused(checkDestination(join(file, 'sub', 'zuliprc')), 'ENOTDIR');
    const locked = join(dir, 'locked');
    await mkdir(locked, { mode: 0o500 });
    // root writes anywhere, but not into /proc/self
    await refused(checkDestination(join(process.getuid?.() === 0 ? '/proc/self' : locked, 'zuliprc')), 'EACCES');
  });

  test('a name ending in / is EISDIR; a name or path too long ENAMETOOLONG; a loop the file system error', async () => {
    await refused(checkDestination(`${join(dir, 'new')}/`), 'EISDIR');
    await refused(checkDestination(join(dir, 'a'.repeat(300))), 'ENAMETOOLONG');
    await refused(checkDestination(join(dir, ...Array(40).fill('b'.repeat(200)))), 'ENAMETOOLONG');
    const loop = join(dir, 'loop');
    await symlink(loop, loop);
    await assert.rejects(checkDestination(join(loop, 'zuliprc')), (error) =>
      !(error instanceof DestinationError) && /** @type {any} */ (error).code === 'ELOOP');
  });

  test('a name that fits has a temporary file that fits (its name is not derived from it)', async () => {
    const path = join(dir, 'c'.repeat(255));
    await writePrivateFile(path, 'long\n');
    assert.equal(await readFile(path, 'utf8'), 'long\n');
  });

  test('no file descriptor and no temporary file is left behind', async () => {
    const folder = join(dir, 'clean');
    await mkdir(folder);
    const before = (await readdir('/proc/self/fd')).length;
    await writePrivateFile(join(folder, 'one'), 'x\n');
    await writePrivateFile(join(folder, 'one'), 'y\n', { force: true });
    assert.equal((await readdir('/proc/self/fd')).length, before);
    assert.deepEqual(await readdir(folder), ['one']);
  });

  /**
   * Runs `body` with node:fs/promises' `name` replaced by `replacement` (which gets the original).
   * @param {string} name
   * @param {(original: Function, ...args: any[]) => Promise<unknown>} replacement
   * @param {() => Promise<void>} body
   */
  async function withFileSystem(name, replacement, body) {
    const fsPromises = createRequire(import.meta.url)('node:fs/promises');
    const original = fsPromises[name];
    fsPromises[name] = (/** @type {any[]} */ ...args) => replacement(original, ...args);
    syncBuiltinESMExports();
    try {
      await body();
    } finally {
      fsPromises[name] = original;
      syncBuiltinESMExports();
    }
  }

  test('a file that appears between the check and the write is never replaced without force', async () => {
    const path = join(dir, 'raced');
    // The file appears once the temporary file is opened: after the check, before the link.
    await withFileSystem('open', async (open, ...args) => {
      await writeFile(path, 'theirs\n');
      return open(...args);
    }, () => refused(writePrivateFile(path, 'ours\n'), 'EEXIST'));
    assert.equal(await readFile(path, 'utf8'), 'theirs\n');
    assert.ok(!(await readdir(dir)).some((name) => name.endsWith('.tmp')));
  });

  test("the file system's other errors are passed on as they are, and the temporary file removed", async () => {
    const path = join(dir, 'unlinkable');
    const failure = Object.assign(new Error('too many links'), { code: 'EMLINK' });
    await withFileSystem('link', async () => { throw failure; },
      () => assert.rejects(writePrivateFile(path, 'x\n'), (error) => error === failure));
    assert.ok(!(await readdir(dir)).some((name) => name.endsWith('.tmp') || name === 'unlinkable'));
  });
});
