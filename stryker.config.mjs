// Mutation testing of the JS side's security rules: npm run mutation (not in CI: it takes long;
// scores in tests/mutation.md). Another file set: npm run mutation -- --mutate web/cli/main.js
// The Node suites load the package's bundle, dist/node.cjs: it is rebuilt from the mutated
// sources (every mutant is in it, switched on one at a time through an environment variable).
export default {
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner'],
  mutate: [
    'web/core/transport.js', 'web/core/deadline.js', 'web/core/options.js', 'web/errors/make_error.js', 'web/errors/withholding.js',
    'web/errors/codes.js', 'web/node/private_file.js', 'web/node/zuliprc.js',
  ],
  tap: {
    // The suites that exercise these files in their own process (a mutant is run only with the
    // suites that reach it); node runs one as a script, its reporter set to TAP.
    testFiles: [
      'tests/node/error_codes.test.js', 'tests/node/zuliprc.test.js', 'tests/node/private_file.test.js',
      'tests/node/translations.test.js',
      'tests/node/fetch_api_key.test.js', 'tests/node/hostile.test.js', 'tests/node/secrets.test.js',
      'tests/node/faults.test.js', 'tests/node/responses.test.js', 'tests/node/login.test.js',
    ],
    nodeArgs: ['--test-reporter=tap'],
  },
  buildCommand: 'bash scripts/bundle_node.sh',
  coverageAnalysis: 'perTest',
  // Two cores, shared with other agents: one worker.
  concurrency: 1,
  ignorePatterns: ['/build', '/tests/compat', '/tests/browser', '/bench', '/docs', '/reports'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'build/mutation/report.json' },
  tempDirName: 'build/stryker-tmp',
  cleanTempDir: true,
};
