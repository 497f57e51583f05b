// The CLI's --jwt-stdin and --check, over real loopback HTTP against devserver/.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { signJwt } from '../../devserver/jwt.js';
import { startDevServer } from '../../devserver/server.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const IAGO_KEY = 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv';
const JWT_KEY = 'cli organization key';

/**
 * The CLI's exit status and output, `input` on its standard input.
 * @returns {Promise<{ status: number | null, stdout: string, stderr: string }>}
 */
const cliRun = (/** @type {string[]} */ args, input = '') => {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args]);
    let stdout = ''; let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
};

describe('zulip-fetch-api-key --jwt-stdin and --check', () => {
  /** @type {Awaited<ReturnType<typeof startDevServer>>} */
  let server;
  /** @type {string} */
  let dir;
  before(async () => {
    server = await startDevServer({
      realms: [{ jwtKey: JWT_KEY, users: [{ email: 'iago@zulip.com', userId: 5, apiKey: IAGO_KEY, fullName: 'Iago' },
        { email: 'gone@zulip.com', isActive: false, apiKey: 'G'.repeat(32) }] }],
    });
    dir = await mkdtemp(join(tmpdir(), 'zfak-cli-keys-'));
  });
  after(async () => { await server.close(); await rm(dir, { recursive: true, force: true }); });

  test('--jwt-stdin: the token from the first line of standard input, a zuliprc out', async () => {
    const token = signJwt({ email: 'iago@zulip.com' }, JWT_KEY);
    const { status, stdout, stderr } = await cliRun(['--realm', server.url, '--jwt-stdin'], `${token}\n`);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, `[api]\nemail=iago@zulip.com\nkey=${IAGO_KEY}\nsite=${server.url}\n`);
    assert.ok(!stderr.includes(token));
    const bad = await cliRun(['--realm', server.url, '--jwt-stdin'], 'not-a-token\n');
    assert.equal(bad.status, 7);
    assert.match(bad.stderr, /refused the token/);
    const empty = await cliRun(['--realm', server.url, '--jwt-stdin'], '\n');
    assert.equal(empty.status, 2);
  });

  test('--check: whose key it is, exit 0; a key the server refuses, exit 3; a broken file, exit 2', async () => {
    const file = join(dir, 'zuliprc');
    await writeFile(file, `[api]\nemail=iago@zulip.com\nkey=${IAGO_KEY}\nsite=${server.url}\n`);
    const ok = await cliRun(['--check', file]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout, `The API key works: Iago <iago@zulip.com>, user 5, on ${server.url}.\n`);
    const refused = join(dir, 'refused');
    await writeFile(refused, `[api]\nemail=gone@zulip.com\nkey=${'G'.repeat(32)}\nsite=${server.url}\n`);
    const no = await cliRun(['--check', refused]);
    assert.equal(no.status, 3);
    assert.match(no.stderr, /did not accept this API key/);
    assert.ok(!no.stderr.includes('G'.repeat(32)));
    const broken = join(dir, 'broken');
    await writeFile(broken, `[api]\nemail=iago@zulip.com\nsite=${server.url}\n`);
    const missing = await cliRun(['--check', broken]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /has no “key”/);
  });
});
