// The words a person reads, written once: an error's message, the CLI's lines and the widget's
// texts all come from a messages map, a flat object of templates by key ('CODE', 'CODE.reason',
// 'widget.*'). English is built from the code table; another language is a map of the same
// keys (web/words/messages/*.js), and a key it leaves out falls back to English.
import { LOCAL_CODES, OTHER_SERVER_CODE, SERVER_CODES, rowFor } from '../errors/codes.js';
import { displayText } from './display_text.js';

export { displayText };

/** @typedef {Readonly<Record<string, string>>} Messages */

/** Where a ZulipError keeps its ErrorInfo (texts quoting the password withheld), to say it again in another language. */
export const ERROR_INFO = Symbol.for('zulip-fetch-api-key.descriptor');

/** What an error's field holds in place of a text from outside that quoted the password (in
 * English; a messages map says it in its language where it is quoted). */
export const WITHHELD = 'its text is withheld because it quoted your password';

// Longer server texts are cut: a message is a sentence, not a page.
const MAX_QUOTED_CHARACTERS = 100;
// The longest wait worth counting down or naming; a server asking for more is asking for this.
const MAX_WAIT_SECONDS = 3600;

/** @type {Record<string, string>} */
// `quoted` wraps what came from outside; `detailed` appends a reason to a sentence; `withheld`
// stands where a text from outside quoted the password (web/errors/make_error.js).
const english = {
  locale: 'en', quoted: '\u201C{text}\u201D', detailed: ': {text}',
  withheld: WITHHELD,
};
for (const table of [LOCAL_CODES, SERVER_CODES, { SERVER_REFUSED: OTHER_SERVER_CODE }]) {
  for (const [code, row] of Object.entries(table)) {
    const words = typeof row.en === 'string' ? { '': row.en } : row.en;
    for (const [reason, text] of Object.entries(words)) english[reason === '' ? code : `${code}.${reason}`] = text;
  }
}

/** Every key, in English. @type {Messages} */
export const ENGLISH = Object.freeze(english);

/**
 * The whole seconds to wait after RATE_LIMIT_HIT, at most MAX_WAIT_SECONDS; null when the server
 * gave no usable number.
 * @param {unknown} retryAfter
 */
export function waitSeconds(retryAfter) {
  if (typeof retryAfter !== 'number' || !(retryAfter >= 0)) return null;
  return Math.min(Math.max(Math.ceil(retryAfter), 1), MAX_WAIT_SECONDS);
}

/**
 * A duration as a person says it, in the map's language: "in 2 minutes" (relative) or
 * "30 seconds".
 * @param {number} seconds
 * @param {Messages} messages
 * @param {boolean} relative
 */
export function formatDuration(seconds, messages, relative) {
  const locale = localeOf(messages);
  const minutes = Math.ceil(seconds / 60);
  /** @type {[number, 'second' | 'minute' | 'hour']} */
  const [amount, unit] = seconds < 90 ? [seconds, 'second']
    : minutes < 60 ? [minutes, 'minute'] : [Math.round(seconds / 3600), 'hour'];
  return relative
    ? new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(amount, unit)
    : new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/**
 * The map's `locale`, for Intl: English when it names none that Intl takes (a map's mistake must
 * not make an error fail to be made).
 * @param {Messages} messages
 */
export function localeOf(messages) {
  const tag = fillTemplate(messages, 'locale');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * One template of `messages` (English when it has none), with its {placeholders} filled.
 * @param {Messages} messages
 * @param {string} key
 * @param {Record<string, string | number>} [values]
 */
export function fillTemplate(messages, key, values = {}) {
  const template = own(messages, key) ?? own(ENGLISH, key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** @param {Messages} messages @param {string} key */
function own(messages, key) {
  return messages && Object.hasOwn(messages, key) && typeof messages[key] === 'string' ? messages[key] : undefined;
}

/**
 * Text from outside (a server, a platform, what a person typed) as messages quote it: controls
 * made visible, cut to a sentence's length, in quotation marks.
 * @param {string} text
 * @param {Messages} messages
 */
export function quote(text, messages) {
  const characters = [...displayText(text)];
  const short = characters.length > MAX_QUOTED_CHARACTERS
    ? `${characters.slice(0, MAX_QUOTED_CHARACTERS - 1).join('')}\u2026` : characters.join('');
  return fillTemplate(messages, 'quoted', { text: short });
}

/**
 * @typedef {{ code: string, origin?: string, reason?: string, field?: string, httpStatus?: number,
 *   retryAfter?: number, varName?: string, serverMessage?: string, serverCode?: string,
 *   words?: Record<string, string | number> }} ErrorInfo
 */

/**
 * The words for a failure, in the language of `messages`.
 * @param {ErrorInfo} d
 * @param {Messages} [messages]
 * @returns {string}
 */
export function messageFor(d, messages = ENGLISH) {
  const [key] = rowFor(d);
  const args = d.words ?? {};
  const serverMessage = typeof d.serverMessage === 'string' ? d.serverMessage : '';
  let variant = typeof d.reason === 'string' ? d.reason : '';
  const wait = key === 'RATE_LIMIT_HIT' ? waitSeconds(d.retryAfter) : null;
  if (key === 'RATE_LIMIT_HIT' && wait === null) variant = 'later';
  const exists = (/** @type {string} */ k) => own(messages, k) ?? own(ENGLISH, k);
  let chosen = variant !== '' && exists(`${key}.${variant}`) ? `${key}.${variant}` : key;
  // A server that sent no words: a sentence that would quote them is said without them.
  if (d.origin === 'server' && serverMessage === '' && own(ENGLISH, chosen)?.includes('{serverMessage}')
    && exists(`${key}.bare`)) chosen = `${key}.bare`;
  // Text from outside, quoted; our own sentence where it was withheld.
  const outside = (/** @type {string} */ text) => (text === WITHHELD ? fillTemplate(messages, 'withheld') : quote(text, messages));
  const detail = typeof args.detail === 'string' && args.detail !== ''
    ? fillTemplate(messages, 'detailed', { text: outside(args.detail) }) : '';
  return fillTemplate(messages, chosen, {
    ...args,
    url: typeof args.url === 'string' ? outside(args.url) : '',
    detail,
    timeout: typeof args.timeoutMs === 'number' ? formatTimeout(args.timeoutMs, messages) : '',
    status: d.httpStatus ?? '',
    field: typeof d.field === 'string' ? displayText(d.field) : '',
    retryIn: wait === null ? '' : formatDuration(wait, messages, true),
    serverMessage: outside(serverMessage),
    serverCode: d.serverCode === WITHHELD ? fillTemplate(messages, 'withheld') : displayText(String(d.serverCode ?? d.code)).slice(0, 60),
  });
}

/** @param {number} ms @param {Messages} messages */
function formatTimeout(ms, messages) {
  if (ms >= 1000 && ms % 1000 === 0) return formatDuration(ms / 1000, messages, false);
  return new Intl.NumberFormat(localeOf(messages), { style: 'unit', unit: 'millisecond', unitDisplay: 'long' })
    .format(ms);
}

/**
 * What to tell a person about anything a call threw: a ZulipError's words in the language of
 * `messages`, or a general sentence for anything else.
 * @param {unknown} error
 * @param {Messages} [messages]
 */
export function describeError(error, messages = ENGLISH) {
  const info = /** @type {any} */ (error)?.[ERROR_INFO];
  return messageFor(info ?? { code: 'INTERNAL_ERROR' }, messages);
}
