// Screenshots of the widget's states, for people to look at (tests/browser/screenshots/,
// gitignored; the best are copied by hand into docs/).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');

/**
 * The file a screenshot called `name` goes to (its folder made).
 * @param {string} name
 */
export async function screenshotPath(name) {
  await mkdir(DIR, { recursive: true });
  return path.join(DIR, `${name}.png`);
}

/**
 * Writes a PNG of the widget as it is now, with playwright-core; answers its path.
 * @param {import('playwright-core').Locator} widget
 * @param {string} name
 */
export async function screenshot(widget, name) {
  const file = await screenshotPath(name);
  // The caret blinks and the spinner turns: hide both so that pictures are stable.
  await widget.screenshot({ path: file, caret: 'hide', animations: 'disabled' });
  return file;
}
