// readZuliprc: the zuliprc python-zulip-api reads, read back: what writeZuliprc writes, what the
// Zulip web app's "Download zuliprc" gives, ConfigParser's rules, and errors that name the file
// and the field but never show the key.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { InvalidInputError, readZuliprc, writeZuliprc } from 'zulip-fetch-api-key';
import { everyRendering, rejectsWith } from './helpers/assertions.js';

const KEY = 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv';

describe('readZuliprc', () => {
  /** @type {string} */
  let folder;
  before(async () => { folder = await mkdtemp(join(tmpdir(), 'read-zuliprc-')); });
  after(() => rm(folder, { recursive: true, force: true }));
  let n = 0;
  const file = async (/** @type {string} */ text) => {
    const path = join(folder, `zuliprc-${n += 1}`);
    await writeFile(path, text);
    return path;
  };

  test("round trip: what writeZuliprc writes (a % in the site included)", async () => {
    const path = join(folder, 'written');
    const values = { email: 'iago@zulip.com', apiKey: KEY, site: 'https://chat.example.com/a%20b' };
    await writeZuliprc(path, values);
    assert.deepEqual(await readZuliprc(path), { realm: values.site, email: values.email, apiKey: KEY });
  });

  test('round trip: the file the Zulip web app\'s "Download zuliprc" gives', async () => {
    const path = await file(`[api]\nemail=iago@zulip.com\nkey=${KEY}\nsite=https://chat.zulip.org\n`);
    assert.deepEqual(await readZuliprc(path), { realm: 'https://chat.zulip.org', email: 'iago@zulip.com', apiKey: KEY });
  });

  test("ConfigParser's syntax: spaces, ':' , comments, case of names, other sections, CRLF, a BOM", async () => {
    const path = await file(`\uFEFF# mine\r\n[other]\r\nkey=nope\r\n[api]\r\n; comment\r\nEmail : iago@zulip.com\r\nKEY = ${KEY}\r\nsite= https://chat.zulip.org \r\n`);
    assert.deepEqual(await readZuliprc(path), { realm: 'https://chat.zulip.org', email: 'iago@zulip.com', apiKey: KEY });
  });

  test('the default path is ~/.zuliprc, as python-zulip-api has it', async () => {
    const home = join(folder, 'home');
    await rm(home, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(home));
    await writeFile(join(home, '.zuliprc'), `[api]\nemail=a@b.example\nkey=${KEY}\nsite=https://b.example\n`);
    const saved = process.env.HOME;
    process.env.HOME = home;
    try {
      assert.equal((await readZuliprc()).email, 'a@b.example');
    } finally {
      process.env.HOME = saved;
    }
  });

  test('a missing file: INVALID_ARGUMENT naming the file', async () => {
    const path = join(folder, 'nothing-here');
    const error = await rejectsWith(readZuliprc(path), InvalidInputError, { code: 'INVALID_ARGUMENT', reason: 'zuliprc-file' });
    assert.ok(error.message.includes(path), error.message);
    assert.match(error.message, /ENOENT/);
  });

  test('a missing field: named, with the file', async () => {
    for (const [missing, text] of [
      ['key', '[api]\nemail=a@b.example\nsite=https://b.example\n'],
      ['email', `[api]\nkey=${KEY}\nsite=https://b.example\n`],
      ['site', `[api]\nemail=a@b.example\nkey=${KEY}\n`],
      ['site', `[zulip]\nemail=a@b.example\nkey=${KEY}\nsite=https://b.example\n`],
    ]) {
      const path = await file(text);
      const error = await rejectsWith(readZuliprc(path), InvalidInputError, { reason: 'zuliprc-field' });
      assert.ok(error.message.includes(`\u201C${missing}\u201D`) && error.message.includes(path), error.message);
    }
  });

  test('a malformed value is named and never shown, the key least of all', async () => {
    const secret = 'Sekr3tKeyPieceXy';
    for (const [field, text] of [
      ['key', `[api]\nemail=a@b.example\nkey=${secret}%\nsite=https://b.example\n`],
      ['key', `[api]\nemail=a@b.example\nkey=${secret}\n  continued\nsite=https://b.example\n`],
      ['key', `[api]\nemail=a@b.example\nkey=${secret}\nkey=${secret}2\nsite=https://b.example\n`],
      ['key', `[api]\nemail=a@b.example\nkey=${secret}%(x)s\nsite=https://b.example\n`],
      ['key', `[api]\nemail=a@b.example\nkey=${secret}\u001b[2J\nsite=https://b.example\n`],
      ['email', `[api]\nemail=\nkey=${secret}\nsite=https://b.example\n`],
    ]) {
      const path = await file(text);
      const error = await rejectsWith(readZuliprc(path), InvalidInputError, { reason: 'zuliprc-value' });
      assert.ok(error.message.includes(`\u201C${field}\u201D`), error.message);
      assert.ok(!everyRendering(error).includes(secret), everyRendering(error));
    }
  });

  test('path must be a string', async () => {
    await rejectsWith(readZuliprc(/** @type {any} */ (5)), InvalidInputError, { reason: 'path' });
  });
});
