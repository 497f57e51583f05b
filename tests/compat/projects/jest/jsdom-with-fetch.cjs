// jsdom has no fetch, and Jest's jsdom environment hides Node's: a test that talks to a server
// hands it back, as Jest users do (the package says "this environment has no fetch" otherwise).
const { TestEnvironment } = require('jest-environment-jsdom');

module.exports = class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, { fetch, Request, Response, Headers, AbortSignal });
  }
};
