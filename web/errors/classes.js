// The error classes. Every failure of this package is a ZulipError with a stable `code`; the
// subclass says what kind of failure it is, so callers can branch with instanceof or on `code`.
import { ERROR_INFO, ENGLISH, messageFor } from '../words/format.js';

/** @typedef {import('../words/format.js').ErrorInfo} ErrorInfo */

/**
 * Base class of every error this package throws or rejects with.
 * `message` is written for the person in front of the login form; it never holds a password.
 */
export class ZulipError extends Error {
  /**
   * @param {ErrorInfo} info  what happened, as the core (or this side) decided it
   * @param {{ cause?: unknown, messages?: import('../words/format.js').Messages }} [options]
   */
  constructor(info, options = {}) {
    super(messageFor(info, options.messages ?? ENGLISH),
      options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    /** @type {string} */
    this.code = info.code;
    for (const key of /** @type {const} */ (['httpStatus', 'retryAfter', 'varName', 'serverMessage', 'serverCode', 'reason', 'field'])) {
      if (info[key] !== undefined) /** @type {any} */ (this)[key] = info[key];
    }
    // Kept so that the words can be said again in another language (describeError).
    Object.defineProperty(this, ERROR_INFO, { value: Object.freeze({ ...info }) });
  }
}

/** The server refused the request with a Zulip error (`code` is the server's own). */
export class ZulipApiError extends ZulipError {}
/** The server could not be reached (refused, DNS, TLS, reset, CORS). */
export class NetworkError extends ZulipError {}
/** `timeoutMs` passed before the server answered. */
export class TimeoutError extends ZulipError {}
/** The caller's AbortSignal fired. `name` is 'AbortError', as for fetch. */
export class AbortError extends ZulipError {}
/** The server answered with a 5xx status. */
export class ServerError extends ZulipError {}
/** The server answered with a redirect, which is never followed. */
export class UnexpectedRedirectError extends ZulipError {}
/** The answer is not what a Zulip server sends (or is too large to be one). */
export class MalformedResponseError extends ZulipError {}
/** The input cannot be used: nothing was sent. */
export class InvalidInputError extends ZulipError {}

// `name` is what callers test (error.name === 'AbortError'), and what the code table names a
// class by; a minifier renames the classes, so each class's name is pinned here instead of
// being taken from its binding.
/**
 * Every class by its name, as the code table names it: the default export, which the entries'
 * `export *` leaves out of the public API.
 */
const CLASS_BY_NAME = Object.freeze({
  __proto__: null,
  ZulipError, ZulipApiError, NetworkError, TimeoutError, AbortError, ServerError,
  UnexpectedRedirectError, MalformedResponseError, InvalidInputError,
});
for (const [name, ErrorClass] of Object.entries(CLASS_BY_NAME)) {
  Object.defineProperty(ErrorClass, 'name', { value: name });
}
export default CLASS_BY_NAME;
