// ErrorInfo -> error object: the class and the words from the code table. What happened is
// decided first; then any text from outside that quotes the password, in any recognisable
// form, is withheld whole (marking where the password was would show it).
import { rowFor, SERVER_CODES } from './codes.js';
import * as ERROR_CLASSES from './classes.js';
import { nowhere } from './secret_finder.js';
import { WITHHELD } from '../words/format.js';

/** @typedef {import('../words/format.js').ErrorInfo} ErrorInfo */
/** @typedef {import('../words/format.js').Messages} Messages */
/** @typedef {import('./secret_finder.js').Finder} Finder */

/**
 * The error for an ErrorInfo.
 * @param {ErrorInfo} info
 * @param {{ cause?: unknown, messages?: Messages, quotesSecret?: Finder }} [options]
 */
export function makeError(info, { cause, messages, quotesSecret = nowhere } = {}) {
  const decided = withholdSecret(info, quotesSecret);
  const [, row] = rowFor(decided);
  const ErrorClass = ERROR_CLASSES[row.class]; // a name from our own table, never a server's
  return new ErrorClass(decided, {
    cause: cause === undefined || quotesSecret === nowhere ? cause : scrubbedCause(cause, quotesSecret), messages,
  });
}

/**
 * An INVALID_ARGUMENT error, for option checks done on the JS side before the core is called.
 * @param {string} reason  which argument, a key of the INVALID_ARGUMENT words
 * @param {Record<string, string | number>} [words]  what the words quote
 * @param {Messages} [messages]
 */
export function invalidArgument(reason, words = {}, messages = undefined) {
  return new ERROR_CLASSES.InvalidInputError({ code: 'INVALID_ARGUMENT', reason, words }, { messages });
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

// --- causes ------------------------------------------------------------------------------------

// The classes a fetch or a platform throws (a DOMException is copied as an Error of its name).
const NATIVE_ERRORS = [TypeError, RangeError, SyntaxError];
// How deep a chain of causes is copied: the platform's fetch nests two.
const MAX_CAUSE_DEPTH = 4;

/**
 * A copy of the cause made of what is worth keeping and checked: its type (a native error class
 * of the same name, or Error with that name), its message, code and stack, and its own cause
 * the same way; each kept only where it does not quote the secret, the message replaced by
 * WITHHELD where it does. Nothing else is kept (other properties, AggregateError's errors, a
 * Map, a Symbol-keyed property, a getter's or a Proxy's later answers): the copy holds only
 * strings read once and checked, so nothing shown or logged later can reveal the secret.
 * @param {unknown} cause
 * @param {Finder} quotesSecret
 * @returns {unknown}
 */
function scrubbedCause(cause, quotesSecret, depth = 0) {
  if (typeof cause === 'string' || typeof cause === 'symbol') return quotesSecret(String(cause)) ? WITHHELD : cause;
  if (Object(cause) !== cause) return cause; // a number, a boolean, null, undefined
  /** @type {(key: string) => unknown} the property, or undefined when reading it throws */
  const property = (key) => {
    try {
      return /** @type {any} */ (cause)[key];
    } catch {}
  };
  /** @type {(key: string) => string | undefined} a string property, WITHHELD when it quotes the secret */
  const text = (key) => {
    const value = property(key);
    return typeof value !== 'string' ? undefined : quotesSecret(value) ? WITHHELD : value;
  };
  const inner = depth < MAX_CAUSE_DEPTH ? property('cause') : undefined;
  const ErrorClass = NATIVE_ERRORS.find((E) => E.name === text('name')) ?? Error;
  const copy = /** @type {any} */ (new ErrorClass(text('message') ?? '',
    inner === undefined ? undefined : { cause: scrubbedCause(inner, quotesSecret, depth + 1) }));
  for (const key of ['name', 'code', 'stack']) {
    const value = text(key);
    if (value !== undefined && value !== WITHHELD) copy[key] = value;
  }
  return copy;
}
