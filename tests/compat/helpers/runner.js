// The rows of a test runner (Vitest, Jest): its project's one test file (tests/compat/projects/
// <runner>/login.test.js: importing the widget, then logging in to a devserver) run once per
// environment, each test of it a row. Both runners write Jest's JSON results format.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after } from 'node:test';
import { startDevServer } from '../../../devserver/server.js';
import { row } from './matrix.js';
import { command, setUpProject, toolVersion } from './project.js';

const TESTS = { widget: 'importing the widget does not throw', login: 'logs in' };

/**
 * @param {string} runner the project's name and the tool's package
 * @param {string} label how the table names it
 * @param {Record<string, { name: string, tests?: (keyof TESTS)[] }>} environments by row-id part:
 *   the runner's name of the environment, and which tests make rows there (default both)
 * @param {(environment: string, output: string) => string[]} args the `npm test --` arguments
 *   that run the environment (the runner's name for it) and write the JSON results to output
 */
export function runnerRows(runner, label, environments, args) {
  /** @type {Promise<string> | undefined} */
  let project;
  /** @type {ReturnType<typeof startDevServer> | undefined} */
  let devserver;
  /** @type {Map<string, Promise<{ results: any, seconds: number }>>} */
  const runs = new Map();
  after(async () => (await devserver)?.close());

  /** @param {string} environment */
  async function run(environment) {
    const dir = await (project ??= setUpProject(runner));
    const { url } = await (devserver ??= startDevServer());
    const output = path.join(dir, `${environment}-results.json`);
    const start = performance.now();
    let failure;
    try {
      await command(dir, 'npm', ['test', '--', ...args(environments[environment].name, output)], { env: { ZULIP_REALM: url } });
    } catch (error) {
      failure = error;
    }
    const seconds = (performance.now() - start) / 1000;
    const results = await readFile(output, 'utf8').then(JSON.parse, () => { throw failure; });
    return { results, seconds };
  }

  for (const [environment, { name, tests = ['widget', 'login'] }] of Object.entries(environments)) {
    for (const key of tests) {
      const title = TESTS[key];
      row(`${runner}-${environment}-${key}`, { target: `${label}, ${name} environment: ${title}`, tool: runner }, async (measures) => {
        measures.version = await toolVersion(runner);
        if (!runs.has(environment)) runs.set(environment, run(environment));
        const { results, seconds } = await /** @type {Promise<any>} */ (runs.get(environment));
        measures.buildSeconds = seconds;
        const [file] = results.testResults;
        const test = file?.assertionResults.find((/** @type {any} */ t) => t.title === title);
        if (test?.status === 'passed') return;
        throw new Error(test ? test.failureMessages.join('\n') : `the test file failed: ${file?.message ?? 'no results'}`);
      });
    }
  }
}
