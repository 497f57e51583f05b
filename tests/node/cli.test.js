// The zulip-fetch-api-key command, run as a person or a script runs it, against devserver/.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '../../devserver/server.js';

const cli = fileURLToPath(new URL('../../web/cli.js', import.meta.url));
const iagoKey = 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv';

/**
 * Runs the CLI with `args`, `input` on standard input and `env` added; never rejects.
 * @param {string[]} args
 * @param {{ input?: string, env?: Record<string, string> }} [options]
 * @returns {Promise<{ status: number, stdout: string, stderr: string }>}
 */
function run(args, { input = '', env = {} } = {}) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, timeout: 20_000 },
      (error, stdout, stderr) => resolve({ status: error ? /** @type {any} */ (error).code : 0, stdout, stderr }));
    child.stdin?.end(input);
  });
}

describe('zulip-fetch-api-key CLI', () => {
  /** @type {Awaited<ReturnType<typeof startDevServer>>} */
  let server;
  /** @type {Awaited<ReturnType<typeof startDevServer>>} */
  let ldap;
  /** @type {string} */
  let dir;
  before(async () => {
    server = await startDevServer();
    ldap = await startDevServer({ realms: [{ subdomain: '', ldap: true, users: [{ email: 'iago@zulip.com', ldapUsername: 'iago', password: 'abcd1234', userId: 5, apiKey: iagoKey }] }] });
    dir = await mkdtemp(join(tmpdir(), 'zfak-cli-'));
  });
  after(async () => {
    await Promise.all([server.close(), ldap.close()]);
    await rm(dir, { recursive: true, force: true });
  });
  const base = () => ['--realm', server.url, '--username', 'iago@zulip.com'];

  test('--password-stdin, zuliprc on standard output', async () => {
    const { status, stdout, stderr } = await run([...base(), '--password-stdin'], { input: 'abcd1234\n' });
    assert.equal(status, 0, stderr);
    assert.equal(stdout, `[api]\nemail=iago@zulip.com\nkey=${iagoKey}\nsite=${server.url}\n`);
    assert.equal(stderr, '', 'quiet when not on a terminal');
  });

  test('ZULIP_PASSWORD, --format json and key', async () => {
    const json = await run([...base(), '--format', 'json'], { env: { ZULIP_PASSWORD: 'abcd1234' } });
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), { email: 'iago@zulip.com', apiKey: iagoKey, userId: 5, site: server.url });
    const key = await run([...base(), '--format', 'key'], { env: { ZULIP_PASSWORD: 'abcd1234' } });
    assert.equal(key.stdout, `${iagoKey}\n`);
  });

  test('--dev logs in without a password', async () => {
    const { status, stdout, stderr } = await run([...base(), '--dev', '--format', 'key']);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, `${iagoKey}\n`);
  });

  test('an LDAP user gets the email the server returned in the zuliprc', async () => {
    const { status, stdout, stderr } = await run(['--realm', ldap.url, '--username', 'iago', '--password-stdin'], { input: 'abcd1234' });
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^email=iago@zulip\.com$/m);
  });

  test('--output writes a 0600 file and never overwrites it without --force', async () => {
    const path = join(dir, 'zuliprc');
    const first = await run([...base(), '--password-stdin', '--output', path], { input: 'abcd1234' });
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, '');
    assert.match(first.stderr, /Saved the API key of iago@zulip\.com/);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.match(await readFile(path, 'utf8'), new RegExp(`^key=${iagoKey}$`, 'm'));

    await writeFile(path, 'mine\n');
    const seen = server.requests.length;
    const second = await run([...base(), '--password-stdin', '--output', path], { input: 'abcd1234' });
    assert.equal(second.status, 8);
    assert.match(second.stderr, /already exists; pass --force/);
    assert.equal(await readFile(path, 'utf8'), 'mine\n');
    assert.equal(server.requests.length, seen, 'no login attempt spent');

    const forced = await run([...base(), '--password-stdin', '--output', path, '--force'], { input: 'abcd1234' });
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(await readFile(path, 'utf8'), /^\[api\]$/m);
  });

  for (const [name, args, input, status, pattern] of /** @type {const} */ ([
    ['a wrong password', [], 'nope', 3, /username or password is incorrect/i],
    ['a password on the command line', ['--password', 'abcd1234'], '', 2, /--password is not accepted/],
    ['an unknown option', ['--colour'], '', 2, /--help/],
    ['a bad format', ['--format', 'yaml'], 'abcd1234', 2, /--format must be/],
  ])) {
    test(`${name} -> exit ${status}`, async () => {
      const result = await run([...base(), ...(input ? ['--password-stdin'] : []), ...args], { input });
      assert.equal(result.status, status, result.stderr);
      assert.match(result.stderr, pattern);
      assert.ok(!result.stderr.includes('abcd1234'), 'the password is never printed');
    });
  }

  test('no password and no terminal -> exit 2 with what to do', async () => {
    const result = await run(base());
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--password-stdin or ZULIP_PASSWORD/);
  });

  test('an invalid realm -> exit 2; an unreachable one -> exit 6', async () => {
    const invalid = await run(['--realm', 'zulip://x', '--username', 'a@b.c', '--password-stdin'], { input: 'x' });
    assert.equal(invalid.status, 2);
    const unreachable = await run(['--realm', 'http://127.0.0.1:9', '--username', 'a@b.c', '--password-stdin', '--timeout', '5'], { input: 'x' });
    assert.equal(unreachable.status, 6, unreachable.stderr);
  });

  test('--help and --version', async () => {
    const help = await run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Exit codes:/);
    const version = await run(['--version']);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  test('the hidden prompt on a terminal: the password is typed unseen', async () => {
    // util-linux `script` gives the CLI a pseudo-terminal; we type once the prompt is shown (typing
    // earlier would be echoed by the terminal before the CLI turns echo off).
    const command = [process.execPath, cli, ...base(), '--format', 'key'].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    const exited = new Promise((resolve) => child.on('close', resolve));
    child.stdout.on('data', (chunk) => {
      screen += chunk;
      if (screen.includes('Password: ') && !child.stdin.writableEnded) child.stdin.end('abcd1234\r');
    });
    const status = await exited;
    assert.equal(status, 0, screen);
    assert.match(screen, new RegExp(iagoKey));
    assert.ok(!screen.includes('abcd1234'), `the password was shown: ${JSON.stringify(screen)}`);
  });
});
