// One row of the compatibility table: a node:test test that asserts the target works, and
// records its outcome in build/compat/results/<id>.json for tests/compat/report.js.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { COMPAT, REPO } from './project.js';

const RESULTS = path.join(COMPAT, 'results');

/**
 * @typedef {{ version?: string, buildSeconds?: number }} Measures filled in by the row's check
 * @param {string} id stable row name
 * @param {{ target: string, tool: string }} row what the table shows
 * @param {(measures: Measures) => Promise<void>} check throws when the target does not work
 */
export function row(id, { target, tool }, check) {
  test(`${id}: ${target}`, async () => {
    /** @type {Measures} */
    const measures = {};
    const start = performance.now();
    let error;
    try {
      await check(measures);
    } catch (e) {
      error = /** @type {Error} */ (e);
    }
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(path.join(RESULTS, `${id}.json`), JSON.stringify({
      id, target, tool, ...measures, node: process.version, seconds: (performance.now() - start) / 1000,
      works: !error, error: error && summary(error),
    }));
    if (error) throw error;
  });
}

/**
 * Runs a row's build step (a build, a type check, a server's start-up) and records how long it
 * took in `measures.buildSeconds`, also when it fails.
 * @template T
 * @param {Measures} measures
 * @param {() => Promise<T>} step
 */
export async function timed(measures, step) {
  const start = performance.now();
  try {
    return await step();
  } finally {
    measures.buildSeconds = (performance.now() - start) / 1000;
  }
}

/**
 * What went wrong, in a line: the lines of an error that name an error (a tool's output is long
 * and mostly progress), else its first lines.
 * @param {Error} error
 */
export function summary(error) {
  // Without the colours tools print.
  const lines = String(error?.message ?? error).replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
  const telling = lines.filter((l) => /error|cannot|failed to|not found|\b[45]\d\d\b|TS\d{4}|ENOENT|invalid|refused|disallowed/i.test(l));
  return (telling.length ? telling.slice(0, 4) : lines.slice(0, 4))
    .map((l) => l.slice(0, 200).replaceAll(`${REPO}/`, '').replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT'))
    .join(' | ');
}
