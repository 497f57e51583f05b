// zuliprc files, as python-zulip-api and zulip-terminal read them: `[api]` with email, key, site.
import { makeError, invalidArgument } from '../errors/make_error.js';
import { displayText } from '../words/format.js';

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
  const text = formatZuliprc(values);
  // Loaded on first use: importing the package does not load node:fs and node:crypto.
  const { writePrivateFile } = await import('./private_file.js');
  await writePrivateFile(path, text, options);
}

/**
 * The INVALID_ARGUMENT of a zuliprc that cannot be used: it names the file and the field, and
 * nothing of what the file holds.
 * @param {string} reason  zuliprc-file, zuliprc-field or zuliprc-value
 * @param {string} path
 * @param {Record<string, string>} [words]
 * @param {unknown} [cause]
 */
function zuliprcError(reason, path, words = {}, cause = undefined) {
  return makeError({ code: 'INVALID_ARGUMENT', reason, words: { file: displayText(path), ...words } }, { cause });
}

/**
 * The [api] section of a zuliprc, as Python's ConfigParser reads it: `name = value` or
 * `name: value`, names in any case, values trimmed, `#` and `;` comment lines. Null for a value
 * that ConfigParser would refuse or that spans lines (a name twice, an indented continuation).
 * @param {string} text
 * @returns {Map<string, string | null>}
 */
function apiSection(text) {
  /** @type {Map<string, string | null>} */
  const values = new Map();
  let inApi = false;
  /** @type {string | null} */
  let last = null;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
    if (/^\s*([#;].*)?$/.test(line)) continue;
    const section = /^\[([^\]]*)\]\s*$/.exec(line);
    if (section) {
      inApi = section[1] === 'api';
      last = null;
      continue;
    }
    if (!inApi) continue;
    if (/^\s/.test(line)) { // a continuation line: the value spans lines
      if (last !== null) values.set(last, null);
      continue;
    }
    const option = /^([^=:]+?)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (!option) continue;
    last = option[1].toLowerCase();
    values.set(last, values.has(last) ? null : option[2]);
  }
  return values;
}

/**
 * ConfigParser's interpolation of a value: `%%` is `%`; any other `%` (a `%(name)s` reference,
 * a lone `%`) is not a value this reads.
 * @param {string} value
 */
function uninterpolated(value) {
  return /%(?!%)/.test(value.replaceAll('%%', '')) ? null : value.replaceAll('%%', '%');
}

/**
 * Reads a zuliprc as python-zulip-api does: `[api]` email, key and site, from `path` or
 * ~/.zuliprc (its default). Node, Deno and Bun.
 * @param {string} [path]
 * @returns {Promise<{ realm: string, email: string, apiKey: string }>}
 */
export async function readZuliprc(path) {
  if (path !== undefined && typeof path !== 'string') throw invalidArgument('path', { fn: 'readZuliprc' });
  // Loaded on first use: importing the package does not load the file system.
  const [{ readFile }, { homedir }, { join }] = await Promise.all([
    import('node:fs/promises'), import('node:os'), import('node:path')]);
  // python-zulip-api's default: $HOME/.zuliprc (the platform's home folder when HOME is unset).
  const file = path ?? join(globalThis.process?.env?.HOME ?? homedir(), '.zuliprc');
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw zuliprcError('zuliprc-file', file, { detail: String(/** @type {any} */ (error)?.code ?? 'unreadable') }, error);
  }
  const section = apiSection(text);
  /** @param {string} name */
  const value = (name) => {
    if (!section.has(name)) throw zuliprcError('zuliprc-field', file, { name });
    const raw = section.get(name);
    const read = raw == null ? null : uninterpolated(raw);
    if (read === null || read === '' || displayText(read) !== read) throw zuliprcError('zuliprc-value', file, { name });
    return read;
  };
  return { realm: value('site'), email: value('email'), apiKey: value('key') };
}
