// A project's own server (next start, wrangler dev) on a free loopback port, stopped with its
// whole process group; what it printed goes into the errors of the checks that use it.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { ENV } from './project.js';

export { closedPort as freePort } from '../../node/helpers/servers.js';

/**
 * Starts `file args` in `dir` and waits until http://127.0.0.1:port/ answers (any status), or
 * until what it prints matches `failure` (a server that failed to start but does not exit).
 * @param {string} dir
 * @param {string} file
 * @param {string[]} args
 * @param {{ port: number, env?: Record<string, string>, timeoutMs?: number, failure?: RegExp }} options
 */
export async function startServer(dir, file, args, { port, env = {}, timeoutMs = 60_000, failure }) {
  const child = spawn(file, args, { cwd: dir, env: { ...ENV, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (/** @type {Buffer} */ chunk) => { output = (output + chunk).slice(-20_000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    /** The last lines it printed. */
    output: () => output.trim().split('\n').slice(-15).join('\n'),
    async close() {
      try { process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM'); } catch { /* already gone */ }
      await exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${file} ${args.join(' ')} exited (${child.exitCode}):\n${server.output()}`);
    if (failure?.test(output)) {
      await server.close();
      throw new Error(`${file} ${args.join(' ')} failed to start:\n${server.output()}`);
    }
    if (await fetch(url, { signal: AbortSignal.timeout(2000) }).then(() => true, () => false)) return server;
    if (Date.now() > deadline) {
      await server.close();
      throw new Error(`${file} ${args.join(' ')} did not answer on ${url} in ${timeoutMs} ms:\n${server.output()}`);
    }
    await sleep(250);
  }
}
