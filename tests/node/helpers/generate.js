// Reproducible random strings for differential tests: a seeded PRNG (mulberry32) and strings
// drawn from pieces chosen to be awkward: controls, white space, URL and form delimiters,
// percent escapes, non-ASCII, astral characters, and unpaired surrogates.

/**
 * A PRNG: the same seed gives the same sequence.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Unpaired surrogates: a high one alone, a low one alone, and the two in the wrong order. */
export const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800'];

/** Every C0 control, DEL, and the white space a person may paste. */
const CONTROLS = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\x7f'];
const SPACES = [' ', '\u00a0', '\u2028', '\u3000', '\ufeff'];
const DELIMITERS = [...'%+&=#?/\\@:[].;,!$\'()*~`^|{}<>"-_'];
const ESCAPES = ['%2e', '%2E', '%41', '%', '%G1', '%00', '%ff', '%25'];
const NON_ASCII = ['é', 'ä', 'ß', '€', '中', 'İ', 'Ｅ', 'ﬁ', '\ufffd', '😀', '\u{10ffff}'];

/** The awkward pieces, and plain ones so that strings also look ordinary. */
export const AWKWARD = [
  ...CONTROLS, ...SPACES, ...DELIMITERS, ...ESCAPES, ...NON_ASCII, ...LONE_SURROGATES,
  ...'abcxyzABCXYZ0189', 'chat', 'example', 'zulip', 'localhost', '.', '..',
];

/**
 * @param {() => number} random
 * @param {readonly T[]} items
 * @returns {T}
 * @template T
 */
export function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}

/**
 * A string of 0..maxPieces pieces.
 * @param {() => number} random
 * @param {readonly string[]} [pieces]
 * @param {number} [maxPieces]
 */
export function randomString(random, pieces = AWKWARD, maxPieces = 12) {
  let out = '';
  for (let n = Math.floor(random() * (maxPieces + 1)); n > 0; n -= 1) out += pick(random, pieces);
  return out;
}

/** @param {string} text */
export function hasLoneSurrogate(text) {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
