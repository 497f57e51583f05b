// Jest, zero configuration, in the node and in the jsdom environment (tests/compat/projects/jest/);
// jsdom with Node's fetch handed back (projects/jest/jsdom-with-fetch.cjs), as jsdom has none.
import { runnerRows } from './helpers/runner.js';

runnerRows('jest', 'Jest', (environment, output) => [
  `--testEnvironment=${environment === 'jsdom' ? './jsdom-with-fetch.cjs' : environment}`,
  '--json', `--outputFile=${output}`,
]);
