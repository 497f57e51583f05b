// ErrorInfo -> error object: the class and the words from the code table. What happened is
// decided first; then any text from outside that quotes the password, in any recognisable
// form, is withheld whole (marking where the password was would show it).
import { rowFor, SERVER_CODES } from './codes.js';
import CLASS_BY_NAME, { InvalidInputError } from './classes.js';
import { WITHHELD } from '../words/format.js';

/** @typedef {import('../words/format.js').ErrorInfo} ErrorInfo */
/** @typedef {import('../words/format.js').Messages} Messages */
/** @typedef {import('./withholding.js').Finder} Finder */
/**
 * @typedef {{ quotesSecret: Finder, scrub: (cause: unknown) => unknown }} Withholding  how the
 *   call's secret is kept out of an error (web/core/api.js makes it)
 */

/** The finder of a call without a secret: nothing quotes it. @type {Finder} */
const nowhere = () => false;

/**
 * The error for an ErrorInfo.
 * @param {ErrorInfo} info
 * @param {{ cause?: unknown, messages?: Messages, withholding?: Withholding }} [options]
 */
export function makeError(info, { cause, messages, withholding } = {}) {
  const decided = withholdSecret(info, withholding?.quotesSecret ?? nowhere);
  const [, row] = rowFor(decided);
  const ErrorClass = CLASS_BY_NAME[row.class]; // a name from our own table, never a server's
  return new ErrorClass(decided, {
    cause: cause === undefined || !withholding ? cause : withholding.scrub(cause), messages,
  });
}

/**
 * An INVALID_ARGUMENT error, for option checks done on the JS side before the core is called.
 * @param {string} reason  which argument, a key of the INVALID_ARGUMENT words
 * @param {Record<string, string | number>} [words]  what the words quote
 * @param {Messages} [messages]
 */
export function invalidArgument(reason, words = {}, messages = undefined) {
  return new InvalidInputError({ code: 'INVALID_ARGUMENT', reason, words }, { messages });
}

// The names of the fields the request sends: a server naming one (var_name) names no secret.
const REQUEST_FIELDS = ['username', 'password'];

/**
 * The ErrorInfo with every text from outside that quotes the secret replaced by WITHHELD. A
 * server's code that is one of Zulip's keeps its class, words and fields; its `msg` is kept only
 * where its words quote it (a code whose words are all ours needs none, and keeping it only when
 * it does not hold the password would tell whether the password is part of Zulip's sentence).
 * @param {ErrorInfo} d
 * @param {Finder} quotesSecret
 * @returns {ErrorInfo}
 */
function withholdSecret(d, quotesSecret) {
  const out = { ...d };
  const fromServer = d.origin === 'server';
  const known = fromServer && Object.hasOwn(SERVER_CODES, d.code);
  const hide = (/** @type {unknown} */ text) => (typeof text === 'string' && quotesSecret(text) ? WITHHELD : text);
  if (fromServer && !known && quotesSecret(d.code)) {
    out.code = 'BAD_REQUEST';
    out.serverCode = WITHHELD;
  } else if (d.serverCode !== d.code) {
    out.serverCode = /** @type {string | undefined} */ (hide(d.serverCode));
  }
  if (known && !quotesServerMessage(SERVER_CODES[d.code].en)) delete out.serverMessage;
  else out.serverMessage = /** @type {string | undefined} */ (hide(d.serverMessage));
  if (!REQUEST_FIELDS.includes(/** @type {string} */ (d.varName))) out.varName = /** @type {string | undefined} */ (hide(d.varName));
  if (d.words) out.words = Object.fromEntries(Object.entries(d.words).map(([k, v]) => [k, /** @type {any} */ (hide(v))]));
  return out;
}

/** Whether a row's words quote the server's msg. @param {import('./codes.js').CodeRow['en']} en */
const quotesServerMessage = (en) => JSON.stringify(en).includes('{serverMessage}');
