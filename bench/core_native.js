// Builds and runs bench/core_native.cpp (Release, build/bench) and reads its JSON output.
import { execFileSync } from 'node:child_process';
import { root } from './size.js';

export function measureCoreNative() {
  const run = (/** @type {string} */ cmd, /** @type {string[]} */ args) =>
    execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  run('cmake', ['-S', '.', '-B', 'build/bench', '-DCMAKE_BUILD_TYPE=Release', '-DZFAK_BENCH=ON']);
  run('cmake', ['--build', 'build/bench', '-j2', '--target', 'zfak_bench']);
  const out = JSON.parse(run('build/bench/zfak_bench', ['--benchmark_format=json', '--benchmark_min_time=0.5']));
  /** @type {Record<string, number>} */
  const ns = {};
  for (const b of out.benchmarks) ns[b.name.replace(/^BM_/, '')] = b.real_time; // time_unit: ns
  return { build: ns.build, validate: ns.validate };
}
