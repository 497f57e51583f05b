// Error descriptors (from the core, or from this side) -> error objects: the class from the code
// table by where the failure happened, the words from the messages map, and anything that came
// from outside cleared of the password first.
import { rowFor } from './error_codes.js';
import * as ERROR_CLASSES from './errors.js';

/** @typedef {import('./messages.js').Descriptor} Descriptor */
/** @typedef {import('./messages.js').Messages} Messages */
/** @typedef {(text: string) => string} Redact */

/** @type {Redact} */
const asIs = (text) => text;

/**
 * The error for a descriptor.
 * @param {Descriptor} descriptor
 * @param {{ cause?: unknown, messages?: Messages, redact?: Redact }} [options]
 */
export function errorFromDescriptor(descriptor, { cause, messages, redact = asIs } = {}) {
  const [, row] = rowFor(descriptor);
  const ErrorClass = ERROR_CLASSES[row.class]; // a name from our own table, never a server's
  return new ErrorClass(redactDescriptor(descriptor, redact), {
    cause: cause === undefined ? undefined : redactCause(cause, redact), messages,
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

/**
 * @param {Descriptor} d
 * @param {Redact} redact
 * @returns {Descriptor}
 */
function redactDescriptor(d, redact) {
  const out = { ...d };
  for (const key of /** @type {const} */ (['serverMessage', 'serverCode', 'varName'])) {
    if (typeof out[key] === 'string') out[key] = redact(/** @type {string} */ (out[key]));
  }
  // A server's code that is the password (a code word can be one) is no code to keep.
  if (d.origin === 'server' && redact(d.code) !== d.code) out.code = 'BAD_REQUEST';
  if (d.words) {
    out.words = Object.fromEntries(Object.entries(d.words).map(([k, v]) => [k, typeof v === 'string' ? redact(v) : v]));
  }
  return out;
}

/**
 * The cause as it came when nothing in it holds a secret; else a copy of it (same prototype and
 * properties) whose strings are redacted, its own cause too.
 * @param {unknown} cause
 * @param {Redact} redact
 * @returns {unknown}
 */
function redactCause(cause, redact, depth = 0) {
  if (typeof cause === 'string') return redact(cause);
  if (cause === null || typeof cause !== 'object' || redact === asIs || depth > 4) return cause;
  const e = /** @type {Record<string, unknown>} */ (cause);
  const names = [...new Set(['message', 'stack', ...Object.getOwnPropertyNames(e)])];
  /** @type {Record<string, unknown>} */
  const values = {};
  for (const name of names) {
    const value = e[name];
    values[name] = name === 'cause' ? redactCause(value, redact, depth + 1)
      : typeof value === 'string' ? redact(value) : value;
  }
  if (names.every((name) => values[name] === e[name])) return cause;
  const copy = Object.create(Object.getPrototypeOf(e));
  for (const name of names) {
    if (values[name] !== undefined) Object.defineProperty(copy, name, { value: values[name], writable: true, configurable: true });
  }
  return copy;
}

/**
 * A function that replaces each occurrence of `secret`, as given and as a form or URL encodes it,
 * with "[redacted]". An empty secret redacts nothing.
 * @param {string} secret
 * @returns {Redact}
 */
export function redactor(secret) {
  if (secret === '') return asIs;
  /** @type {string[] | undefined} computed on first use: most calls never fail */
  let forms;
  return (text) => {
    if (forms === undefined) {
      const form = new URLSearchParams({ s: secret }).toString().slice(2);
      forms = [...new Set([secret, form, form.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
        encodeURIComponent(secret.toWellFormed())])].sort((a, b) => b.length - a.length);
    }
    return forms.reduce((t, f) => t.split(f).join('[redacted]'), text);
  };
}
