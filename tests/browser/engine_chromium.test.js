// The browser scenarios (scenarios.js) in Debian's Chromium, through playwright-core.
import { runScenarios } from './scenarios.js';

runScenarios('chromium');
