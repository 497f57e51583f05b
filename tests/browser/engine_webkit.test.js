// The browser scenarios (scenarios.js) in WebKitGTK's MiniBrowser, through WebKitWebDriver under Xvfb.
import { runScenarios } from './scenarios.js';

runScenarios('webkit');
