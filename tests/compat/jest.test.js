// Jest, zero configuration, in the node and in the jsdom environment (tests/compat/projects/jest/).
// jsdom has no fetch, and Jest's jsdom environment hides Node's: logging in from jsdom takes
// jest-fixed-jsdom, the jsdom environment with Node's fetch (and its AbortController, TextDecoder,
// ...) handed back, as Jest users who talk to a server do.
import { runnerRows } from './helpers/runner.js';

const environments = {
  node: { name: 'node' },
  jsdom: { name: 'jsdom', tests: /** @type {const} */ (['widget']) },
  'fixed-jsdom': { name: 'jest-fixed-jsdom' },
};

runnerRows('jest', 'Jest', environments, (environment, output) =>
  [`--testEnvironment=${environment}`, '--json', `--outputFile=${output}`]);
