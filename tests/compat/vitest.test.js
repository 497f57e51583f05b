// Vitest in the node and in the jsdom environment (tests/compat/projects/vitest/).
import { runnerRows } from './helpers/runner.js';

runnerRows('vitest', 'Vitest', { node: { name: 'node' }, jsdom: { name: 'jsdom' } }, (environment, output) =>
  [`--environment=${environment}`, '--reporter=json', `--outputFile=${output}`]);
