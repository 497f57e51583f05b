// zuliprc files, as python-zulip-api and zulip-terminal read them: `[api]` with email, key, site.
import { invalidArgument } from './descriptors.js';
import { displayText } from './messages.js';
import { writePrivateFile } from './private_file.js';

/**
 * The text of a zuliprc. Values are checked: a line break would let a value write other keys,
 * and no control character has a place in any of them.
 * `%` is doubled, since Python's ConfigParser reads `%` as the start of an interpolation.
 * @param {{ email: string, apiKey: string, site: string }} values
 * @returns {string}
 */
export function formatZuliprc({ email, apiKey, site }) {
  const lines = ['[api]'];
  for (const [name, value] of /** @type {const} */ ([['email', email], ['key', apiKey], ['site', site]])) {
    if (typeof value !== 'string' || value === '' || displayText(value) !== value || value.trim() !== value) {
      throw invalidArgument('zuliprc', { name });
    }
    lines.push(`${name}=${value.replaceAll('%', '%%')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Writes a zuliprc file: mode 0600, atomically, and never over an existing file unless `force`.
 * @param {string} path
 * @param {{ email: string, apiKey: string, site: string }} values
 * @param {{ force?: boolean }} [options]
 * @returns {Promise<void>} rejects with INVALID_ARGUMENT for unsafe values, or with the file
 *   system's error (code 'EEXIST' when the file exists)
 */
export async function writeZuliprc(path, values, options = {}) {
  await writePrivateFile(path, formatZuliprc(values), options);
}
