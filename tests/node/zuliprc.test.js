// The zuliprc writer: content Python's ConfigParser reads back as written, mode 0600, atomic,
// never clobbering a file unless told to.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formatZuliprc, InvalidInputError, writeZuliprc } from 'zulip-fetch-api-key';
import { writePrivateFile } from '../../web/node/private_file.js';

const values = { email: 'iago@zulip.com', apiKey: 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', site: 'https://chat.zulip.org' };

describe('formatZuliprc', () => {
  test('writes the [api] section python-zulip-api and zulip-terminal read', () => {
    assert.equal(formatZuliprc(values),
      '[api]\nemail=iago@zulip.com\nkey=gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv\nsite=https://chat.zulip.org\n');
  });

  test('doubles % for ConfigParser interpolation', () => {
    assert.match(formatZuliprc({ ...values, site: 'https://chat.example.com/a%20b' }), /^site=https:\/\/chat\.example\.com\/a%%20b$/m);
  });

  test('refuses a value that is not a string, and names the value at fault', () => {
    for (const name of /** @type {const} */ (['email', 'apiKey', 'site'])) {
      for (const bad of [undefined, 42, ['x'], 'x\n']) {
        assert.throws(() => formatZuliprc({ ...values, [name]: /** @type {any} */ (bad) }), (error) =>
          error instanceof InvalidInputError && error.code === 'INVALID_ARGUMENT'
          && error.message.includes(`The ${name === 'apiKey' ? 'key' : name} for the zuliprc file`));
      }
    }
  });

  for (const [name, bad] of [['a newline', 'x\ny=1'], ['a carriage return', 'x\r'], ['NUL', 'x\0'], ['empty', ''], ['padding', ' x']]) {
    test(`refuses a value with ${name}`, () => {
      assert.throws(() => formatZuliprc({ ...values, email: bad }),
        (error) => error instanceof InvalidInputError && error.code === 'INVALID_ARGUMENT');
    });
  }
});

describe('writePrivateFile', () => {
  /** @type {string} */
  let dir;
  before(async () => { dir = await mkdtemp(join(tmpdir(), 'zfak-zuliprc-')); });
  after(() => rm(dir, { recursive: true, force: true }));

  test('creates the file with mode 0600 and leaves no temporary file', async () => {
    const path = join(dir, 'zuliprc');
    await writePrivateFile(path, 'secret\n');
    assert.equal(await readFile(path, 'utf8'), 'secret\n');
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.deepEqual(await readdir(dir), ['zuliprc']);
  });

  test('never overwrites an existing file without force', async () => {
    const path = join(dir, 'existing');
    await writeFile(path, 'keep me\n');
    await assert.rejects(writePrivateFile(path, 'new\n'), (error) => /** @type {any} */ (error).code === 'EEXIST');
    assert.equal(await readFile(path, 'utf8'), 'keep me\n');
    assert.deepEqual((await readdir(dir)).filter((name) => name.includes('existing')), ['existing']);
  });

  test('writeZuliprc checks the values before creating anything', async () => {
    const path = join(dir, 'bad-zuliprc');
    await assert.rejects(writeZuliprc(path, { ...values, apiKey: 'a\nb' }), InvalidInputError);
    await writeZuliprc(path, values);
    assert.equal(await readFile(path, 'utf8'), formatZuliprc(values));
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.ok(!(await readdir(dir)).some((name) => name.startsWith('.')), 'no temporary file left');
  });

  test('with force, replaces the file atomically, still 0600', async () => {
    const path = join(dir, 'replaced');
    await writeFile(path, 'old\n', { mode: 0o644 });
    await writePrivateFile(path, 'new\n', { force: true });
    assert.equal(await readFile(path, 'utf8'), 'new\n');
    assert.equal((await stat(path)).mode & 0o777, 0o600);
  });
});
