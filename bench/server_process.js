// devserver/ in a process of its own, so that the server never competes with the measured
// client for its event loop. Its rate limit is raised (bench/devserver.json): the benchmark logs
// in thousands of times.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../devserver/cli.js', import.meta.url));
const config = fileURLToPath(new URL('devserver.json', import.meta.url));

/** @returns {Promise<{ url: string, stop: () => Promise<void> }>} */
export async function startServerProcess() {
  const child = spawn(process.execPath, [cli, '--config', config], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8');
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`devserver exited (${code}) before listening`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
  });
  child.removeAllListeners('exit');
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
