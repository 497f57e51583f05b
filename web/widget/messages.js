// What <zulip-login> says, in the page's language: its own labels (English here, other languages
// in web/words/messages/*.js, loaded only when used), the errors' words from the same messages maps
// as the library's, and the field a failure sends the person to (from the code table).
// (The code table and the words are bundled into the widget too: they are pure, and a copy
// keeps the browser entry's exports to the public API.)
import { rowFor } from '../errors/codes.js';
import { ERROR_INFO, describeError, displayText, localeOf, formatDuration, waitSeconds, fillTemplate } from '../words/format.js';

/**
 * @typedef {'realm' | 'username' | 'password' | 'submit'} FocusTarget
 * @typedef {{ text: string, focus: FocusTarget, waitSeconds?: number }} ErrorDisplay
 * @typedef {Readonly<Record<string, string>>} Messages
 */

/** The widget's own words, in English: the labels and what only a form says. */
export const WIDGET_ENGLISH = Object.freeze({
  'widget.title': 'Log in to Zulip',
  'widget.realm': 'Server URL',
  'widget.email': 'Email',
  'widget.username': 'Username',
  'widget.password': 'Password',
  'widget.submit': 'Log in',
  'widget.submitting': 'Logging in\u2026',
  'widget.cancel': 'Cancel',
  'widget.lookingUp': 'Looking up {url}\u2026',
  'widget.passwordOff': 'This organization does not take passwords.',
  'widget.otherMethods': 'It offers {methods}, on its own login page.',
  'widget.success': 'Logged in as {email}.',
  'widget.tryAgainIn': 'Too many login attempts. Try again {retryIn}.',
  'widget.canTryAgain': 'You can try again now.',
  'widget.checkingSaved': 'Checking your saved login\u2026',
  'widget.loggedInAs': 'Logged in as {name} ({email}).',
  'widget.switchAccount': 'Log in as someone else',
  'widget.savedRefused': 'Your saved login no longer works. Log in again.',
  'widget.savedNotChecked': 'Your saved login could not be checked.',
  'widget.retry': 'Try again',
});

// Each shipped language, as a module of its own: a page downloads only the one it uses.
/** @type {Readonly<Record<string, () => Promise<{ default: Messages }>>>} */
const LANGUAGES = Object.freeze({
  __proto__: null,
  de: () => import('../words/messages/de.js'),
  es: () => import('../words/messages/es.js'),
  fr: () => import('../words/messages/fr.js'),
  ja: () => import('../words/messages/ja.js'),
  pt: () => import('../words/messages/pt.js'),
  ru: () => import('../words/messages/ru.js'),
  'zh-CN': () => import('../words/messages/zh-CN.js'),
});

/**
 * The shipped language for a BCP 47 tag ("de-AT" -> "de", "zh-Hans" -> "zh-CN"), or null for
 * English and languages not shipped.
 * @param {string} tag
 */
export function shippedLanguage(tag) {
  const lower = tag.trim().toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-cn') || lower.startsWith('zh-hans') || lower.startsWith('zh-sg')) return 'zh-CN';
  const primary = lower.split('-')[0];
  return primary !== 'zh' && Object.hasOwn(LANGUAGES, primary) ? primary : null;
}

/**
 * The messages for a language tag: English with the language's words over it.
 * @param {string} tag
 * @returns {Promise<Messages>}
 */
export async function loadMessages(tag) {
  const language = shippedLanguage(tag);
  if (language === null) return WIDGET_ENGLISH;
  const { default: words } = await LANGUAGES[language]();
  return Object.freeze({ ...WIDGET_ENGLISH, ...words });
}

/**
 * The names of an organization's other login methods, as a sentence, or ''.
 * @param {{ externalAuthenticationMethods?: { displayName: string }[] } | null} settings
 * @param {Messages} messages
 */
export function otherMethodsSentence(settings, messages) {
  const names = (settings?.externalAuthenticationMethods ?? []).map((m) => displayText(String(m.displayName ?? '')))
    .filter(Boolean);
  if (names.length === 0) return '';
  const list = new Intl.ListFormat(localeOf(messages), { type: 'disjunction' }).format(names);
  return fillTemplate(messages, 'widget.otherMethods', { methods: list });
}

/**
 * The sentence for RATE_LIMIT_HIT while `seconds` remain.
 * @param {number} seconds
 * @param {Messages} messages
 */
export function waitSentence(seconds, messages) {
  return seconds > 0
    ? fillTemplate(messages, 'widget.tryAgainIn', { retryIn: formatDuration(seconds, messages, true) })
    : fillTemplate(messages, 'widget.canTryAgain');
}

/**
 * What to say when a saved key cannot be used, or null when it may work on a retry: the server
 * refused it (any of its answers but a rate limit), or it could never be sent (its email, key or
 * server URL is not one: the code table's input errors).
 * @param {unknown} error  what verifyApiKey rejected with
 * @param {Messages} messages
 * @returns {string | null}
 */
export function savedKeyRefused(error, messages) {
  const info = /** @type {any} */ (error)?.[ERROR_INFO] ?? { code: 'INTERNAL_ERROR' };
  const [key, row] = rowFor(info);
  if (key === 'RATE_LIMIT_HIT' || (row.class !== 'ZulipApiError' && row.class !== 'InvalidInputError')) return null;
  const sentence = fillTemplate(messages, 'widget.savedRefused');
  // INVALID_API_KEY's own words are about keys; the sentence says it for the person.
  return key === 'INVALID_API_KEY' ? sentence : `${sentence} ${describeError(error, messages)}`;
}

/**
 * What to say about a failed login (or server lookup), and where to put the focus.
 * @param {unknown} error  a ZulipError, or anything else that was thrown
 * @param {object | null} settings  the server's, when it was looked up: without them a refusal
 *   is more likely about the server URL
 * @param {Messages} messages
 * @returns {ErrorDisplay}
 */
export function errorDisplayFor(error, settings, messages) {
  const info = /** @type {any} */ (error)?.[ERROR_INFO] ?? { code: 'INTERNAL_ERROR' };
  const [key, row] = rowFor(info);
  /** @type {FocusTarget} */
  let focus = 'submit';
  if (row.focus === 'argument') {
    focus = info.reason === 'username' || info.reason === 'password' ? info.reason : 'submit';
  } else if (row.focus === 'refusal') {
    focus = settings ? 'username' : 'realm';
  } else {
    focus = row.focus;
  }
  if (key === 'RATE_LIMIT_HIT') {
    const wait = waitSeconds(info.retryAfter) ?? 30;
    return { text: waitSentence(wait, messages), focus, waitSeconds: wait };
  }
  const text = describeError(error, messages);
  if (key === 'PASSWORD_AUTH_DISABLED') {
    return { text: [text, otherMethodsSentence(/** @type {any} */ (settings), messages)].filter(Boolean).join(' '), focus };
  }
  return { text, focus };
}
