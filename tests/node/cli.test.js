// The zulip-fetch-api-key command, run as a person or a script runs it, against devserver/.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '../../devserver/server.js';
import { ENGLISH } from '../../web/words/format.js';
import { sendJson, startHttpServer } from './helpers/servers.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
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
  test('its bundle imports the package by name and carries none of its words or its core', async () => {
    const bundle = await readFile(cli, 'utf8');
    assert.match(bundle, /from "zulip-fetch-api-key"/);
    const carried = Object.values(ENGLISH).filter((text) => text.length > 20 && bundle.includes(text));
    assert.deepEqual(carried, []);
    assert.ok(!bundle.includes('createZulipCore') && !bundle.includes('.wasm'));
  });

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

  /**
   * Runs the CLI on a pseudo-terminal (util-linux `script`) and types `keys` once the prompt is
   * shown (typing earlier would be echoed by the terminal before the CLI turns echo off).
   * @param {string} keys
   * @param {string[]} [extra]
   */
  async function typeAtPrompt(keys, extra = []) {
    const command = [process.execPath, cli, ...base(), ...extra, '--format', 'key'].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    const exited = new Promise((resolve) => child.on('close', resolve));
    child.stdout.on('data', (chunk) => {
      screen += chunk;
      if (screen.includes('Password: ') && !child.stdin.writableEnded) child.stdin.end(keys);
    });
    const timer = setTimeout(() => child.kill(), 15_000);
    const status = await exited;
    clearTimeout(timer);
    return { status, screen };
  }

  for (const [name, extra] of [['the hidden prompt', []], ['--password-stdin on a terminal', ['--password-stdin']]]) {
    test(`${name}: the password is typed unseen`, async () => {
      const { status, screen } = await typeAtPrompt('abcd1234\r', extra);
      assert.equal(status, 0, screen);
      assert.match(screen, new RegExp(`Password: \r?\n[^]*${iagoKey}`), 'the line ends after the prompt, then the key');
      assert.ok(!screen.includes('abcd1234'), `the password was shown: ${JSON.stringify(screen)}`);
    });
  }

  test('the hidden prompt edits: backspace, Ctrl-U, escape sequences and other controls are not typed', async () => {
    for (const keys of ['wrong\u0015abcd1234\r', 'abcd12345\u007f\r', 'abcd1234x\b\n', 'ab\u001b[Dcd\u001b[1;5C1234\r',
      '\u001b[200~abcd1234\u001b[201~\r', 'abcd\u00041234\r', 'ab\u0001cd\u001b\u001b[A1234\r']) {
      const { status, screen } = await typeAtPrompt(keys);
      assert.equal(status, 0, `${JSON.stringify(keys)}: ${screen}`);
      assert.match(screen, new RegExp(iagoKey));
    }
  });

  test('the hidden prompt: Ctrl-C is exit 130, Ctrl-D on an empty line too, and nothing is sent', async () => {
    const logins = () => server.requests.filter((r) => r.path === '/api/v1/fetch_api_key').length;
    const before = logins();
    for (const [keys, words] of [['abc\u0003', /Cancelled/], ['\u0004', /No password was typed/], ['a\u007f\u0004', /No password was typed/]]) {
      const { status, screen } = await typeAtPrompt(keys);
      assert.equal(status, 130, screen);
      assert.match(screen, words);
    }
    assert.equal(logins(), before);
  });

  test('--password-stdin reads its first line only', async () => {
    const { status, stdout, stderr } = await run([...base(), '--password-stdin', '--format', 'key'], { input: 'abcd1234\r\nsecond line\n' });
    assert.equal(status, 0, stderr);
    assert.equal(stdout, `${iagoKey}\n`);
  });

  test('-o is in --help, and -o - is standard output', async () => {
    assert.match((await run(['--help'])).stdout, /-o, --output/);
    const { status, stdout, stderr } = await run([...base(), '--password-stdin', '-o', '-', '--format', 'key'], { input: 'abcd1234' });
    assert.equal(status, 0, stderr);
    assert.equal(stdout, `${iagoKey}\n`);
  });

  test("an empty ZULIP_PASSWORD and a too short --timeout are answered in the command's words", async () => {
    const empty = await run(base(), { env: { ZULIP_PASSWORD: '' } });
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /ZULIP_PASSWORD is set but empty/);
    const short = await run([...base(), '--timeout', '0.0001'], { env: { ZULIP_PASSWORD: 'abcd1234' } });
    assert.equal(short.status, 2);
    assert.match(short.stderr, /--timeout takes a number of seconds/);
    assert.doesNotMatch(short.stderr, /timeoutMs|login:/);
  });

  describe('--output writes regular files only, and says so before logging in', () => {
    /** @param {string} path @param {string[]} [extra] */
    const save = (path, extra = []) => run([...base(), '--password-stdin', '--output', path, ...extra], { input: 'abcd1234' });

    // Stand-ins in the test's folder, made like the real ones: a broken --output must not
    // replace this machine's /dev/null or /dev/stdout (as root it could).
    const standIns = {
      '/dev/null (a device)': async () => {
        const path = join(dir, 'null');
        if (process.getuid?.() !== 0) return '/dev/null'; // only root could replace it
        await new Promise((resolve, reject) => execFile('mknod', ['-m', '666', path, 'c', '1', '3'], (e) => (e ? reject(e) : resolve(undefined))));
        return path;
      },
      '/dev/stdout (a link to a terminal or pipe)': async () => {
        const path = join(dir, 'stdout');
        await symlink('/proc/self/fd/1', path);
        return path;
      },
      'a folder': async () => {
        const path = join(dir, 'folder');
        await mkdir(path);
        return path;
      },
    };
    for (const [name, make] of Object.entries(standIns)) {
      test(`${name}, even with --force: exit 8, left as it was, no login spent`, async () => {
        const path = await make();
        const before = await lstat(path);
        const seen = server.requests.length;
        const result = await save(path, ['--force']);
        assert.equal(result.status, 8, result.stderr);
        assert.match(result.stderr, /not a regular file|regular files/);
        assert.doesNotMatch(result.stderr, /--force/);
        const after = await lstat(path);
        assert.equal(after.mode, before.mode);
        assert.equal(after.ino, before.ino);
        assert.equal(server.requests.length, seen);
      });
    }

    test('a FIFO, even with --force: exit 8', async () => {
      const fifo = join(dir, 'fifo');
      await new Promise((resolve, reject) => execFile('mkfifo', [fifo], (e) => (e ? reject(e) : resolve(undefined))));
      const result = await save(fifo, ['--force']);
      assert.equal(result.status, 8, result.stderr);
      assert.ok((await lstat(fifo)).isFIFO());
    });

    test('a missing folder or a dangling link: exit 8 before any login', async () => {
      const dangling = join(dir, 'dangling');
      await symlink(join(dir, 'nowhere', 'x'), dangling);
      for (const [path, pattern] of [[join(dir, 'missing', 'zuliprc'), /folder .* does not exist/], [dangling, /link to nothing/]]) {
        const seen = server.requests.length;
        const result = await save(path, ['--force']);
        assert.equal(result.status, 8, result.stderr);
        assert.match(result.stderr, pattern);
        assert.equal(server.requests.length, seen, 'no login attempt spent');
        assert.doesNotMatch(result.stderr, /\.tmp/);
      }
    });

    test("a link to a regular file: with --force the link is replaced, never its target", async () => {
      const target = join(dir, 'target');
      const link = join(dir, 'link');
      await writeFile(target, 'keep\n');
      await symlink(target, link);
      const refused = await save(link);
      assert.equal(refused.status, 8);
      assert.match(refused.stderr, /already exists; pass --force/);
      const forced = await save(link, ['--force']);
      assert.equal(forced.status, 0, forced.stderr);
      assert.equal(await readFile(target, 'utf8'), 'keep\n');
      assert.ok((await lstat(link)).isFile());
      assert.equal((await stat(link)).mode & 0o777, 0o600);
    });

    test('a folder that cannot be written: exit 8, and the message does not name a temporary file', async () => {
      const locked = join(dir, 'locked');
      await mkdir(locked, { mode: 0o500 });
      const result = await save(join(locked, 'zuliprc'));
      // root can write anywhere: then the file is simply written
      if (process.getuid?.() === 0) {
        assert.equal(result.status, 0, result.stderr);
      } else {
        assert.equal(result.status, 8, result.stderr);
      }
      assert.doesNotMatch(result.stderr, /\.tmp/);
    });
  });

  describe('--output is checked before the login, and every refusal is exit 8 or 2', () => {
    test("an empty --output (an unset $VAR) is a usage error, and the key is not printed", async () => {
      const seen = server.requests.length;
      const result = await run([...base(), '--output', '', '--format', 'key'], { env: { ZULIP_PASSWORD: 'abcd1234' } });
      assert.equal(result.status, 2, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /--output/);
      assert.equal(server.requests.length, seen, 'no login attempt spent');
    });

    test('a name ending in / (a folder that is not there): exit 8, no login spent', async () => {
      for (const path of [join(dir, 'new') + '/', join(dir, 'new') + '//']) {
        const seen = server.requests.length;
        const result = await run([...base(), '--output', path], { env: { ZULIP_PASSWORD: 'abcd1234' } });
        assert.equal(result.status, 8, result.stderr);
        assert.match(result.stderr, /ends with \//);
        assert.equal(server.requests.length, seen, 'no login attempt spent');
      }
    });

    test('a name too long for the file system: exit 8, no login spent', async () => {
      // A name over NAME_MAX (255 bytes), a path over PATH_MAX (4096), and a name that fits but
      // whose temporary file's name would not.
      for (const path of [join(dir, 'a'.repeat(300)), join(dir, ...Array(40).fill('b'.repeat(200))), join(dir, 'c'.repeat(250))]) {
        const seen = server.requests.length;
        const result = await run([...base(), '--output', path], { env: { ZULIP_PASSWORD: 'abcd1234' } });
        if (path.endsWith('c'.repeat(250))) {
          assert.equal(result.status, 0, result.stderr);
          continue;
        }
        assert.equal(result.status, 8, result.stderr);
        assert.match(result.stderr, /too long/);
        assert.equal(server.requests.length, seen, 'no login attempt spent');
      }
    });
  });

  test('usage errors show escape sequences from the arguments as visible characters', async () => {
    const escape = '\u001b]0;pwned\u0007\u001b[2J\u009b31m';
    for (const args of [[...base(), '--format', escape], [...base(), `--x${escape}`], ['--realm', server.url, '--username', escape, '--timeout', escape]]) {
      const result = await run(args, { env: { ZULIP_PASSWORD: 'abcd1234' } });
      assert.equal(result.status, 2, result.stderr);
      assert.doesNotMatch(result.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
  });

  test('--password-stdin stops reading at its cap: a line that never ends is exit 2 at once', async () => {
    const child = spawn(process.execPath, [cli, ...base(), '--password-stdin'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const exited = new Promise((resolve) => child.on('close', resolve));
    // 1 MiB a chunk, never a line break, and standard input left open: the CLI must stop by itself.
    const chunk = Buffer.alloc(1 << 20, 'x');
    let written = 0;
    const pump = () => {
      while (written < 64 && child.stdin.writable && child.stdin.write(chunk)) written++;
    };
    child.stdin.on('drain', pump);
    child.stdin.on('error', () => {});
    pump();
    const timer = setTimeout(() => child.kill(), 15_000);
    const status = await exited;
    clearTimeout(timer);
    assert.equal(status, 2, stderr);
    assert.match(stderr, /password-stdin/);
    assert.ok(written < 64, `read ${written} MiB`);
  });

  describe('the hidden prompt: every way out leaves the terminal as it was', () => {
    /** @param {string} text */
    const shellQuote = (text) => `'${text.replace(/'/g, "'\\''")}'`;
    /**
     * Runs the CLI's prompt on a pseudo-terminal; once the prompt shows, `act(pid)`. Returns the
     * CLI's exit status as the shell saw it and the terminal's settings after it.
     * @param {(pid: number) => void} act
     */
    async function atPrompt(act) {
      const cli_ = [process.execPath, cli, ...base(), '--format', 'key'].map(shellQuote).join(' ');
      const command = `sh -c ${shellQuote(`echo PID=$$; exec ${cli_}`)}; echo STATUS=$?; stty -a`;
      const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let screen = '';
      let acted = false;
      const exited = new Promise((resolve) => child.on('close', resolve));
      child.stdout.on('data', (chunk) => {
        screen += chunk;
        const pid = screen.match(/PID=(\d+)/);
        if (!acted && pid && screen.includes('Password: ')) {
          acted = true;
          // a moment for the prompt to be listening (it writes the question last)
          setTimeout(() => act(Number(pid[1])), 200);
        }
      });
      const timer = setTimeout(() => child.kill(), 10_000);
      await exited;
      clearTimeout(timer);
      const status = screen.match(/STATUS=(\d+)/);
      assert.ok(status, `the CLI did not stop: ${JSON.stringify(screen)}`);
      return { status: Number(status[1]), settings: screen.slice(screen.indexOf('STATUS=')) };
    }

    for (const [signal, status] of /** @type {const} */ ([['SIGHUP', 129], ['SIGQUIT', 131], ['SIGTERM', 143]])) {
      test(`${signal}: echo is back on, and the CLI dies of the signal`, async () => {
        const result = await atPrompt((pid) => process.kill(pid, signal));
        assert.equal(result.status, status);
        assert.match(result.settings, /(^|\s)echo(\s|$)/m, result.settings);
        assert.match(result.settings, /(^|\s)icanon(\s|$)/m, result.settings);
      });
    }

    test('a SIGINT from another process stops the prompt: exit 130, echo back on', async () => {
      const result = await atPrompt((pid) => process.kill(pid, 'SIGINT'));
      assert.equal(result.status, 130);
      assert.match(result.settings, /(^|\s)echo(\s|$)/m, result.settings);
    });
  });

  describe('what a hostile server says never drives the terminal', () => {
    /** @type {Awaited<ReturnType<typeof startHttpServer>>} */
    let hostile;
    /** @type {{ status: number, body: unknown }} */
    let answer = { status: 400, body: {} };
    before(async () => { hostile = await startHttpServer((_req, res) => sendJson(res, answer.status, answer.body)); });
    after(() => hostile.close());
    const runAgainst = () => run(['--realm', hostile.url, '--username', 'iago@zulip.com', '--dev', '--format', 'json']);

    test("a server's ABORTED is exit 7, not the 130 of Ctrl-C", async () => {
      answer = { status: 400, body: { result: 'error', code: 'ABORTED', msg: 'stop' } };
      const result = await runAgainst();
      assert.equal(result.status, 7, result.stderr);
    });

    test('escape sequences in msg are shown as visible characters', async () => {
      answer = { status: 400, body: { result: 'error', code: 'BAD_REQUEST', msg: 'bad\u001b]0;pwned\u0007\u001b[2J\r\nnext\u009b31m\u202e' } };
      const result = await runAgainst();
      assert.equal(result.status, 7, result.stderr);
      assert.match(result.stderr, /bad/);
      assert.doesNotMatch(result.stderr.trimEnd(), /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]|\n(?!Run)/);
    });

    test('an email with escape sequences is refused, not printed or saved', async () => {
      answer = { status: 200, body: { result: 'success', msg: '', api_key: iagoKey, email: '\u001b[31miago@zulip.com', user_id: 5 } };
      const result = await runAgainst();
      assert.equal(result.status, 7, result.stderr);
      assert.equal(result.stdout, '');
      assert.doesNotMatch(result.stderr, /\u001b/);
    });

    test('a JSON syntax error is reported as one', async () => {
      answer = { status: 200, body: '{"result": "success", "api_key": ' };
      const result = await runAgainst();
      assert.equal(result.status, 7, result.stderr);
      assert.match(result.stderr, /not valid JSON/);
    });
  });
});
