// The browser scenarios (scenarios.js) in Debian's Firefox ESR, through puppeteer-core over WebDriver BiDi.
import { runScenarios } from './scenarios.js';

runScenarios('firefox');
