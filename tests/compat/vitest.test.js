// Vitest in the node and in the jsdom environment (tests/compat/projects/vitest/).
import { runnerRows } from './helpers/runner.js';

runnerRows('vitest', 'Vitest', (environment, output) =>
  [`--environment=${environment}`, '--reporter=json', `--outputFile=${output}`]);
