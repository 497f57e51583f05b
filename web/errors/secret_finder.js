// Whether a text from outside quotes the password, in any form it can recognisably take: what
// make_error.js withholds is decided here.

/** @typedef {(text: string) => boolean} Finder  whether a text quotes the secret */

/** The finder of an empty secret, quoted nowhere. @type {Finder} */
export const nowhere = () => false;

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
