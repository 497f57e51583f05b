// The CLI under mutation: npm run mutation:cli. Its suite runs it as a child process, where no
// coverage can be gathered: Stryker's command runner runs the whole suite for every mutant.
import base from './stryker.config.mjs';

export default {
  ...base,
  mutate: ['web/cli/main.js', 'web/cli/password_prompt.js'],
  testRunner: 'command',
  commandRunner: { command: 'node --test --test-concurrency=1 tests/node/cli.test.js' },
  coverageAnalysis: 'off',
  jsonReporter: { fileName: 'build/mutation/cli.json' },
};
