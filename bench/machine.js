// The machine the numbers come from: they mean little without it.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export function describeMachine() {
  const emcc = execFileSync('emcc', ['--version'], { encoding: 'utf8', env: { ...process.env, NODE_PATH: '/usr/share/nodejs' } });
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    emcc: /\d+\.\d+\.\d+/.exec(emcc)?.[0] ?? 'unknown',
    date: new Date().toISOString().slice(0, 10),
  };
}
