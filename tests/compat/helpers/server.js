// A project's own server (next start, wrangler dev) on a free loopback port, stopped with its
// whole process group; what it printed goes into the errors of the checks that use it.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ENV } from './project.js';

/** A loopback port nobody listens on now. */
export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {net.AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return port;
}

/**
 * Starts `file args` in `dir` and waits until http://127.0.0.1:port/ answers (any status).
 * @param {string} dir
 * @param {string} file
 * @param {string[]} args
 * @param {{ port: number, env?: Record<string, string>, timeoutMs?: number }} options
 */
export async function startServer(dir, file, args, { port, env = {}, timeoutMs = 60_000 }) {
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
    if (await fetch(url, { signal: AbortSignal.timeout(2000) }).then(() => true, () => false)) return server;
    if (Date.now() > deadline) {
      await server.close();
      throw new Error(`${file} ${args.join(' ')} did not answer on ${url} in ${timeoutMs} ms:\n${server.output()}`);
    }
    await sleep(250);
  }
}
