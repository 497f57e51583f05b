#!/usr/bin/env node
// zulip-fetch-api-key: log in to a Zulip server from a terminal or a script, and print or save
// the API key (as a zuliprc for the Zulip Python tools and zulip-terminal, as JSON, or bare).
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import {
  devFetchApiKey, formatZuliprc, jwtFetchApiKey, login, readZuliprc, verifyApiKey, ZulipError,
} from 'zulip-fetch-api-key';
import { EXIT_STATUS } from '../errors/exit_status.js';
import { promptHidden } from './password_prompt.js';
import { checkDestination, DestinationError, writePrivateFile } from '../node/private_file.js';
import { showProgress } from './progress.js';
import { displayText } from '../words/display_text.js';

const USAGE = `Usage: zulip-fetch-api-key --realm URL --username NAME [options]
       zulip-fetch-api-key --realm URL --jwt-stdin [options]
       zulip-fetch-api-key --check FILE

Logs in to a Zulip server with a password and prints (or saves) the API key.
The password is read from a hidden prompt, from --password-stdin, or from the
ZULIP_PASSWORD environment variable; never from the command line.

Options:
  --realm URL          the Zulip server, e.g. chat.example.com
  --username NAME      your email address, or your LDAP username
  --password-stdin     read the password from standard input (its first line)
  --format FORMAT      zuliprc (default), json or key
  -o, --output FILE    write to FILE (a regular file, mode 0600); - is standard output
  --force              replace FILE if it exists (a regular file, or a link to one)
  --dev                development servers only: log in without a password
  --jwt-stdin          log in with a JSON Web Token read from standard input (its
                       first line), for organizations with JWT login; no --username
  --check FILE         read a zuliprc (~/.zuliprc if FILE is ~/.zuliprc), check that
                       its key still works, and print whose it is
  --timeout SECONDS    give up after this long (default 30)
  --insecure-http      allow http:// to a host that is not this machine
  -h, --help, --version

Exit codes: 0 success, 2 bad usage or input, 3 wrong username or password
(or, with --check, a key the server does not accept),
4 account or organization cannot log in this way, 5 rate limited, 6 network
or timeout, 7 unexpected server answer, 8 output file not written, 130 cancelled.`;

class UsageError extends Error {}

// --timeout's bounds: whole milliseconds, at most what a timer can wait (the API's bound).
const MIN_TIMEOUT_SECONDS = 0.001;
const MAX_TIMEOUT_SECONDS = 2_147_483.647;
// The most --password-stdin reads of a line: far above any password a person uses, and small
// enough that a line without an end (a file or a device given by mistake) is refused at once.
const MAX_PASSWORD_LINE_BYTES = 64 * 1024;

/**
 * Why the key cannot go to `path`, as a sentence, from checkDestination's refusal. Never names
 * the temporary file.
 * @param {DestinationError} refusal
 * @param {string} path
 */
function destinationSentence(refusal, path) {
  const name = displayText(path);
  switch (refusal.code) {
    case 'EEXIST': return `${name} already exists; pass --force to replace it.`;
    case 'ENOTREG': return `${name} is a ${refusal.what}, not a regular file: --output only writes regular files (use --output - for standard output).`;
    case 'EDANGLING': return `${name} is a symbolic link to nothing; remove it or choose another file.`;
    case 'ENOENT': return `The folder of ${name} does not exist.`;
    case 'ENOTDIR': return `The folder of ${name} is not a folder.`;
    case 'EISDIR': return `${name} ends with /, so it names a folder: give the file's name, e.g. ${name}zuliprc.`;
    case 'ENAMETOOLONG': return `The name ${name} is too long for the file system.`;
    default: return `The folder of ${name} cannot be written to.`;
  }
}

/**
 * Why the key was not written to `path`, from checkDestination's refusal or the file system's
 * error: its code only, as its message would name the temporary file.
 * @param {unknown} error
 * @param {string} path
 */
function notWrittenSentence(error, path) {
  if (error instanceof DestinationError) return destinationSentence(error, path);
  return `Could not write ${displayText(path)} (${displayText(String(/** @type {any} */ (error)?.code ?? 'error'))}).`;
}

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
      'jwt-stdin': { type: 'boolean' }, check: { type: 'string' },
    },
  });
  if (values.help || values.version) return values;
  const timeoutMs = timeoutOf(values.timeout);
  if (values.check !== undefined) return { ...values, timeoutMs };
  if (values.password !== undefined) {
    throw new UsageError('--password is not accepted: a password on the command line ends up in '
      + 'the shell history and the process list. Use the prompt, --password-stdin or ZULIP_PASSWORD.');
  }
  if (!values.realm) throw new UsageError('--realm is required: the Zulip server, e.g. --realm chat.example.com');
  if (!values.username && !values['jwt-stdin']) throw new UsageError('--username is required: your email address or LDAP username.');
  if (!['zuliprc', 'json', 'key'].includes(values.format ?? '')) {
    throw new UsageError(`--format must be zuliprc, json or key (not "${values.format}").`);
  }
  if (values.output === '') {
    throw new UsageError('--output is empty (an unset variable?): give a file name, or - for standard output.');
  }
  if (values.force && !values.output) throw new UsageError('--force goes with --output FILE.');
  return { ...values, timeoutMs };
}

/** --timeout in milliseconds. @param {string | undefined} text */
function timeoutOf(text) {
  const seconds = Number(text);
  if (!(seconds >= MIN_TIMEOUT_SECONDS && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw new UsageError(`--timeout takes a number of seconds from ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS}, e.g. --timeout 30`);
  }
  return Math.round(seconds * 1000);
}

/**
 * The first line of `stdin` (its line break is the end of the line, not part of the password);
 * what follows is left unread. A line over MAX_PASSWORD_LINE_BYTES is refused as soon as it is
 * seen, without reading on.
 * @param {NodeJS.ReadStream} stdin
 */
async function readLine(stdin) {
  /** @type {Buffer[]} */
  const chunks = [];
  let length = 0;
  for await (const chunk of stdin) {
    const end = chunk.indexOf(0x0a);
    const line = end === -1 ? chunk : chunk.subarray(0, end);
    length += line.length;
    if (length > MAX_PASSWORD_LINE_BYTES) {
      throw new UsageError(`--password-stdin reads a password of at most ${MAX_PASSWORD_LINE_BYTES} bytes, on one line; standard input holds a longer line.`);
    }
    chunks.push(line);
    if (end !== -1) break;
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r$/, '');
}

/**
 * @param {{ 'password-stdin'?: boolean }} args
 * @param {NodeJS.Process} proc
 * @param {string} [label]  what the hidden prompt asks for
 */
async function readPassword(args, proc, label = 'Password: ') {
  const prompt = () => promptHidden(label, { input: proc.stdin, output: proc.stderr });
  // On a terminal, standard input is a person typing: never echo what they type.
  if (args['password-stdin']) return proc.stdin.isTTY ? prompt() : readLine(proc.stdin);
  if (proc.env.ZULIP_PASSWORD !== undefined) {
    if (proc.env.ZULIP_PASSWORD === '') throw new UsageError('ZULIP_PASSWORD is set but empty.');
    return proc.env.ZULIP_PASSWORD;
  }
  if (!proc.stdin.isTTY) {
    throw new UsageError('No password: standard input is not a terminal. Use --password-stdin or ZULIP_PASSWORD.');
  }
  return prompt();
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
      // The package's own package.json, wherever the CLI's bundle runs from.
      const { version } = createRequire(import.meta.url)('zulip-fetch-api-key/package.json');
      proc.stdout.write(args.help ? `${USAGE}\n` : `${version}\n`);
      return 0;
    }
    const controller = new AbortController();
    proc.once('SIGINT', () => controller.abort());
    const connection = { timeoutMs: args.timeoutMs, allowInsecureHttp: Boolean(args['insecure-http']), signal: controller.signal };
    if (args.check !== undefined) {
      const saved = await readZuliprc(expandHome(args.check));
      const user = await verifyApiKey({ ...connection, realm: saved.realm, email: saved.email, apiKey: saved.apiKey });
      proc.stdout.write(`The API key works: ${displayText(user.fullName)} <${displayText(user.email)}>, user ${user.userId}`
        + `${user.isBot ? ' (a bot)' : ''}, on ${displayText(saved.realm)}.\n`);
      return 0;
    }
    const output = args.output === '-' ? undefined : args.output && expandHome(args.output);
    // Checked before logging in, so that a login attempt (rate limited) is not spent in vain.
    if (output) {
      try {
        await checkDestination(output, { force: Boolean(args.force) });
      } catch (error) {
        return fail(notWrittenSentence(error, output), 8);
      }
    }
    const common = {
      realm: /** @type {string} */ (args.realm), username: /** @type {string} */ (args.username ?? ''), ...connection,
    };
    // The token, like a password, never comes from the command line: the first line of standard
    // input, or a hidden prompt on a terminal.
    const jwt = Boolean(args['jwt-stdin']);
    const token = jwt ? await readPassword({ 'password-stdin': true }, proc, 'Token: ') : '';
    const password = args.dev || jwt ? '' : await readPassword(args, proc);
    const stop = showProgress(proc.stderr, `Logging in to ${displayText(String(args.realm))}…`);
    let result;
    try {
      result = jwt ? await jwtFetchApiKey({ ...common, token })
        : args.dev ? await devFetchApiKey(common) : await login({ ...common, password });
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
      return fail(notWrittenSentence(error, output), 8);
    }
    proc.stderr.write(`Saved the API key of ${displayText(result.email)} for ${result.realm} to ${displayText(output)} (readable by you only).\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || String(/** @type {any} */ (error)?.code).startsWith('ERR_PARSE_ARGS')) {
      // The message may quote the arguments, escape sequences included.
      return fail(`${displayText(/** @type {Error} */ (error).message)}\nRun zulip-fetch-api-key --help for the options.`, 2);
    }
    // The exit status is the code table's, by where the failure happened (a server's code is
    // never taken for one of ours: ABORTED from a server is not Ctrl-C).
    if (error instanceof ZulipError) return fail(error.message, /** @type {any} */ (error)[EXIT_STATUS]);
    const code = /** @type {any} */ (error)?.code;
    if (code === 'ABORTED' || code === 'EOF') return fail(/** @type {Error} */ (error).message, 130);
    return fail(`Unexpected failure: ${displayText(String(/** @type {Error} */ (error)?.message ?? error))}`, 1);
  }
}

process.exitCode = await main(process.argv.slice(2), process);
