#!/usr/bin/env node
// zulip-fetch-api-key: log in to a Zulip server from a terminal or a script, and print or save
// the API key (as a zuliprc for the Zulip Python tools and zulip-terminal, as JSON, or bare).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import { devFetchApiKey, formatZuliprc, login, ZulipError } from 'zulip-fetch-api-key';
import { promptHidden } from './password_prompt.js';
import { writePrivateFile } from './private_file.js';
import { showProgress } from './progress.js';

const USAGE = `Usage: zulip-fetch-api-key --realm URL --username NAME [options]

Logs in to a Zulip server with a password and prints (or saves) the API key.
The password is read from a hidden prompt, from --password-stdin, or from the
ZULIP_PASSWORD environment variable; never from the command line.

Options:
  --realm URL          the Zulip server, e.g. chat.example.com
  --username NAME      your email address, or your LDAP username
  --password-stdin     read the password from standard input (one line)
  --format FORMAT      zuliprc (default), json or key
  --output FILE        write to FILE (mode 0600) instead of standard output
  --force              replace FILE if it exists
  --dev                development servers only: log in without a password
  --timeout SECONDS    give up after this long (default 30)
  --insecure-http      allow http:// to a host that is not this machine
  --help, --version

Exit codes: 0 success, 2 bad usage or input, 3 wrong username or password,
4 account or organization cannot log in this way, 5 rate limited, 6 network
or timeout, 7 unexpected server answer, 8 output file not written, 130 cancelled.`;

/** Exit status by error code; anything not listed (a server code we do not know) is 7. */
const EXIT_CODES = {
  INVALID_ARGUMENT: 2, INVALID_REALM_URL: 2, INSECURE_REALM_URL: 2,
  AUTHENTICATION_FAILED: 3,
  USER_DEACTIVATED: 4, REALM_DEACTIVATED: 4, PASSWORD_AUTH_DISABLED: 4,
  PASSWORD_RESET_REQUIRED: 4, NONEXISTENT_SUBDOMAIN: 4,
  RATE_LIMIT_HIT: 5,
  NETWORK_ERROR: 6, TIMEOUT: 6,
  ABORTED: 130,
};

class UsageError extends Error {}

/** @param {string[]} argv */
function readArguments(argv) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      realm: { type: 'string' }, username: { type: 'string' }, password: { type: 'string' },
      'password-stdin': { type: 'boolean' }, format: { type: 'string', default: 'zuliprc' },
      output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, dev: { type: 'boolean' },
      timeout: { type: 'string', default: '30' }, 'insecure-http': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' },
    },
  });
  if (values.help || values.version) return values;
  if (values.password !== undefined) {
    throw new UsageError('--password is not accepted: a password on the command line ends up in '
      + 'the shell history and the process list. Use the prompt, --password-stdin or ZULIP_PASSWORD.');
  }
  if (!values.realm) throw new UsageError('--realm is required: the Zulip server, e.g. --realm chat.example.com');
  if (!values.username) throw new UsageError('--username is required: your email address or LDAP username.');
  if (!['zuliprc', 'json', 'key'].includes(values.format ?? '')) {
    throw new UsageError(`--format must be zuliprc, json or key (not "${values.format}").`);
  }
  const seconds = Number(values.timeout);
  if (!(seconds > 0 && seconds <= 2_000_000)) throw new UsageError('--timeout takes a number of seconds, e.g. --timeout 30');
  if (values.force && !values.output) throw new UsageError('--force goes with --output FILE.');
  return { ...values, timeoutMs: Math.round(seconds * 1000) };
}

/** @param {NodeJS.ReadStream} stdin */
async function readAll(stdin) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of stdin) chunks.push(chunk);
  // One trailing line break is the end of the line, not part of the password.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * @param {{ 'password-stdin'?: boolean }} args
 * @param {NodeJS.Process} proc
 */
async function readPassword(args, proc) {
  if (args['password-stdin']) return readAll(proc.stdin);
  if (proc.env.ZULIP_PASSWORD !== undefined) return proc.env.ZULIP_PASSWORD;
  if (!proc.stdin.isTTY) {
    throw new UsageError('No password: standard input is not a terminal. Use --password-stdin or ZULIP_PASSWORD.');
  }
  return promptHidden('Password: ', { input: proc.stdin, output: proc.stderr });
}

/**
 * The output. `site` is the realm URL the login went to (login() posts to the URL the server
 * names for itself), and `email` is the one the server returned: right for LDAP users too.
 * @param {string} format
 * @param {{ apiKey: string, email: string, userId: number | null, realm: string }} result
 */
function render(format, result) {
  if (format === 'key') return `${result.apiKey}\n`;
  const { email, apiKey, userId, realm: site } = result;
  if (format === 'json') return `${JSON.stringify({ email, apiKey, userId, site }, null, 2)}\n`;
  return formatZuliprc({ email, apiKey, site });
}

/** @param {string} path */
const expandHome = (path) => (path === '~' || path.startsWith('~/') ? homedir() + path.slice(1) : path);

/**
 * Runs the command; returns the exit status.
 * @param {string[]} argv
 * @param {NodeJS.Process} proc
 */
async function main(argv, proc) {
  const fail = (/** @type {string} */ message, /** @type {number} */ status) => {
    proc.stderr.write(`zulip-fetch-api-key: ${message}\n`);
    return status;
  };
  try {
    const args = readArguments(argv);
    if (args.help || args.version) {
      const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
      proc.stdout.write(args.help ? `${USAGE}\n` : `${version}\n`);
      return 0;
    }
    const output = args.output && expandHome(args.output);
    // Checked before logging in too, so that a login attempt (rate limited) is not spent in vain.
    if (output && !args.force && existsSync(output)) {
      return fail(`${output} already exists; pass --force to replace it.`, 8);
    }
    const controller = new AbortController();
    proc.once('SIGINT', () => controller.abort());
    const common = {
      realm: /** @type {string} */ (args.realm), username: /** @type {string} */ (args.username),
      timeoutMs: args.timeoutMs, allowInsecureHttp: Boolean(args['insecure-http']), signal: controller.signal,
    };
    const password = args.dev ? '' : await readPassword(args, proc);
    const stop = showProgress(proc.stderr, `Logging in to ${args.realm}…`);
    let result;
    try {
      result = args.dev ? await devFetchApiKey(common) : await login({ ...common, password });
    } finally {
      stop();
    }
    const text = render(/** @type {string} */ (args.format), result);
    if (!output) {
      proc.stdout.write(text);
      return 0;
    }
    try {
      await writePrivateFile(output, text, { force: Boolean(args.force) });
    } catch (error) {
      const code = /** @type {any} */ (error)?.code;
      if (code === 'EEXIST') return fail(`${output} already exists; pass --force to replace it.`, 8);
      return fail(`Could not write ${output}: ${/** @type {Error} */ (error).message}`, 8);
    }
    proc.stderr.write(`Saved the API key of ${result.email} for ${result.realm} to ${output} (readable by you only).\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || String(/** @type {any} */ (error)?.code).startsWith('ERR_PARSE_ARGS')) {
      return fail(`${/** @type {Error} */ (error).message}\nRun zulip-fetch-api-key --help for the options.`, 2);
    }
    if (error instanceof ZulipError) {
      return fail(error.message, /** @type {Record<string, number>} */ (EXIT_CODES)[error.code] ?? 7);
    }
    const code = /** @type {any} */ (error)?.code;
    if (code === 'ABORTED' || code === 'EOF') return fail(/** @type {Error} */ (error).message, 130);
    return fail(`Unexpected failure: ${/** @type {Error} */ (error)?.message ?? error}`, 1);
  }
}

process.exitCode = await main(process.argv.slice(2), process);
