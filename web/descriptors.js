// Error descriptors (from the core, or from this side) -> error objects: the class from the code
// table by where the failure happened, the words from the messages map. What happened is decided
// first (a server's code that is one of Zulip's is matched exactly, whatever the password); then
// any text from outside that quotes the password, in any form it can recognisably take, is
// withheld whole: never marked where the password was, which would show it.
import { rowFor, SERVER_CODES } from './error_codes.js';
import * as ERROR_CLASSES from './errors.js';
import { WITHHELD } from './messages.js';

/** @typedef {import('./messages.js').Descriptor} Descriptor */
/** @typedef {import('./messages.js').Messages} Messages */
/** @typedef {(text: string) => boolean} Finder  whether a text quotes the secret */

/** @type {Finder} */
// Stryker disable next-line ArrowFunction: undefined is as false to every caller
const nowhere = () => false;

/**
 * The error for a descriptor.
 * @param {Descriptor} descriptor
 * @param {{ cause?: unknown, messages?: Messages, quotesSecret?: Finder }} [options]
 */
export function errorFromDescriptor(descriptor, { cause, messages, quotesSecret = nowhere } = {}) {
  const decided = withholdSecret(descriptor, quotesSecret);
  const [, row] = rowFor(decided);
  const ErrorClass = ERROR_CLASSES[row.class]; // a name from our own table, never a server's
  return new ErrorClass(decided, {
    // Stryker disable next-line LogicalOperator: an undefined cause is scrubbed to undefined anyway; the test is a shortcut
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
 * The descriptor with every text from outside that quotes the secret replaced by WITHHELD. A
 * server's code that is one of Zulip's keeps its class, words and fields; its `msg` is kept only
 * where its words quote it (a code whose words are all ours needs none, and keeping it only when
 * it does not hold the password would tell whether the password is part of Zulip's sentence).
 * @param {Descriptor} d
 * @param {Finder} quotesSecret
 * @returns {Descriptor}
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

/** Whether a row's words quote the server's msg. @param {import('./error_codes.js').CodeRow['en']} en */
const quotesServerMessage = (en) => JSON.stringify(en).includes('{serverMessage}');

// --- finding the secret ------------------------------------------------------------------------

// Percent-encoded bytes (form, quote(), encodeURIComponent; either case of hex), HTML character
// references and JSON/JS \u escapes: decoded, so that an encoded copy reads as it is.
const ESCAPED = /&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot));|\\u([0-9a-f]{4})/gi;
/** @type {Record<string, string>} */
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"' }; // an apostrophe: &#39; or &#x27;
const utf8 = new TextDecoder();

/** @param {string} text */
function decoded(text) {
  const unpercented = text.includes('%') ? percentDecoded(text) : text;
  return unpercented.replace(ESCAPED, (whole, hex, decimal, name, unit) => {
    if (name) return NAMED[name.toLowerCase()];
    const point = decimal ? Number(decimal) : parseInt(hex ?? unit, 16);
    return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/** The value of a hex digit's code, or -1. @param {number} c */
const hexDigit = (c) => (c >= 48 && c <= 57 ? c - 48 : (c |= 32) >= 97 && c <= 102 ? c - 87 : -1);

/**
 * Every %XX as a byte, the rest as UTF-8, read back as UTF-8 (what is not UTF-8 as U+FFFD): one
 * pass over the bytes, whatever the text (decodeURIComponent would throw on one bad byte).
 * @param {string} text
 */
function percentDecoded(text) {
  const bytes = new TextEncoder().encode(text);
  let length = 0;
  for (let at = 0; at < bytes.length; at += 1) {
    const high = bytes[at] === 0x25 ? hexDigit(bytes[at + 1]) : -1;
    const low = high < 0 ? -1 : hexDigit(bytes[at + 2]);
    if (low < 0) {
      bytes[length++] = bytes[at];
    } else {
      bytes[length++] = high * 16 + low;
      at += 2;
    }
  }
  return utf8.decode(bytes.subarray(0, length));
}

/**
 * Decomposed and upper-cased: NFC and NFD, upper and lower case read alike ('ß' as 'SS'). Not
 * NFKD: a compatibility decomposition can make one character eighteen (U+FDFA).
 * @param {string} text
 */
const folded = (text) => text.normalize('NFD').toUpperCase();

/**
 * Whether a text quotes `secret`: as given, or encoded (percent-encoding with '+' or %20 for a
 * space, HTML references, \u escapes), in another Unicode normal form, in another case. A few
 * passes over the text, whatever the secret: its length is limited (MAX_PASSWORD_LENGTH), and
 * a server's text by the body cap. An empty secret is quoted nowhere.
 * @param {string} secret
 * @returns {Finder}
 */
export function secretFinder(secret) {
  if (secret === '') return nowhere;
  /** @type {string | undefined} computed on first use: most calls never fail */
  let foldedSecret;
  return (text) => {
    foldedSecret ??= folded(secret);
    const quotes = (/** @type {string} */ form) => form.includes(secret) || folded(form).includes(foldedSecret);
    if (quotes(text)) return true;
    const once = decoded(text);
    return (once !== text && quotes(once)) || (text.includes('+') && quotes(decoded(text.replace(/\+/g, ' '))));
  };
}

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
