// Core error descriptors -> error classes.
import {
  AbortError, InvalidInputError, MalformedResponseError, NetworkError, ServerError, TimeoutError,
  UnexpectedRedirectError, ZulipApiError,
} from './errors.js';

/** @type {Record<string, typeof import('./errors.js').ZulipError>} */
const classByCode = {
  NETWORK_ERROR: NetworkError,
  TIMEOUT: TimeoutError,
  ABORTED: AbortError,
  SERVER_ERROR: ServerError,
  UNEXPECTED_REDIRECT: UnexpectedRedirectError,
  MALFORMED_RESPONSE: MalformedResponseError,
  RESPONSE_TOO_LARGE: MalformedResponseError,
  INVALID_REALM_URL: InvalidInputError,
  INSECURE_REALM_URL: InvalidInputError,
  INVALID_ARGUMENT: InvalidInputError,
};

/**
 * The error for a descriptor from the core; a server code not listed above is a ZulipApiError.
 * @param {{ code: string, message: string }} descriptor
 * @returns {ZulipError}
 */
export function errorFromDescriptor(descriptor) {
  const ErrorClass = classByCode[descriptor.code] ?? ZulipApiError;
  return new ErrorClass(descriptor);
}

/**
 * An INVALID_ARGUMENT error, for option checks done on the JS side before the core is called.
 * @param {string} message
 */
export function invalidArgument(message) {
  return new InvalidInputError({ code: 'INVALID_ARGUMENT', message });
}
