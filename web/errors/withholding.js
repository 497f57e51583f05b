// Whether a text from outside quotes the password, in any form it can recognisably take, and a
// cause copied without it: what make_error.js withholds is decided here. Loaded on a call's
// first failure (web/core/api.js), so it imports nothing: in the browser build it is a chunk of
// its own, out of the entry that every page loads.

/** @typedef {(text: string) => boolean} Finder  whether a text quotes the secret */

// Percent-encoded bytes (form, quote(), encodeURIComponent; either case of hex), HTML character
// references and JSON/JS \u escapes: decoded, so that an encoded copy reads as it is.
const ESCAPED = /&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot));|\\u([0-9a-f]{4})/gi;
/** @type {Record<string, string>} */
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"' }; // an apostrophe: &#39; or &#x27;

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
  // Made here, not on import: importing must not throw where there is no TextDecoder (Jest's jsdom).
  return new TextDecoder().decode(bytes.subarray(0, length));
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
  if (secret === '') return () => false;
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
 * `withheld` where it does. Nothing else is kept (other properties, AggregateError's errors, a
 * Map, a Symbol-keyed property, a getter's or a Proxy's later answers): the copy holds only
 * strings read once and checked, so nothing shown or logged later can reveal the secret.
 * @param {unknown} cause
 * @param {Finder} quotesSecret
 * @param {string} withheld  what stands for a text that quotes the secret
 * @returns {unknown}
 */
export function scrubbedCause(cause, quotesSecret, withheld, depth = 0) {
  if (typeof cause === 'string' || typeof cause === 'symbol') return quotesSecret(String(cause)) ? withheld : cause;
  if (Object(cause) !== cause) return cause; // a number, a boolean, null, undefined
  /** @type {(key: string) => unknown} the property, or undefined when reading it throws */
  const property = (key) => {
    try {
      return /** @type {any} */ (cause)[key];
    } catch {}
  };
  /** @type {(key: string) => string | undefined} a string property, `withheld` when it quotes the secret */
  const text = (key) => {
    const value = property(key);
    return typeof value !== 'string' ? undefined : quotesSecret(value) ? withheld : value;
  };
  const inner = depth < MAX_CAUSE_DEPTH ? property('cause') : undefined;
  const ErrorClass = NATIVE_ERRORS.find((E) => E.name === text('name')) ?? Error;
  const copy = /** @type {any} */ (new ErrorClass(text('message') ?? '',
    inner === undefined ? undefined : { cause: scrubbedCause(inner, quotesSecret, withheld, depth + 1) }));
  for (const key of ['name', 'code', 'stack']) {
    const value = text(key);
    if (value !== undefined && value !== withheld) copy[key] = value;
  }
  return copy;
}
