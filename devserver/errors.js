// The login errors of zerver/lib/exceptions.py, by name, with Zulip's exact messages.
import { ApiError } from './responses.js';

const auth = (code, msg) => () => new ApiError(401, code, msg, { authFailure: true });

// The 401 login failures; each export is a function returning a fresh ApiError.

export const authenticationFailed = auth('AUTHENTICATION_FAILED', 'Your username or password is incorrect');
export const userDeactivated = auth('USER_DEACTIVATED', 'Account is deactivated');
export const realmDeactivated = auth('REALM_DEACTIVATED', 'This organization has been deactivated');
export const passwordAuthDisabled = auth('PASSWORD_AUTH_DISABLED', 'Password authentication is disabled in this organization');
export const passwordResetRequired = auth('PASSWORD_RESET_REQUIRED', 'Your password has been disabled and needs to be reset');

/** @returns {ApiError} 404 NONEXISTENT_SUBDOMAIN */
export const invalidSubdomain = () => new ApiError(404, 'NONEXISTENT_SUBDOMAIN', 'Invalid subdomain');

/** @returns {ApiError} 400 BAD_REQUEST with a message */
export const badRequest = (msg) => new ApiError(400, 'BAD_REQUEST', msg);

/**
 * 400 REQUEST_VARIABLE_MISSING for a required parameter.
 * @param {string} name
 * @returns {ApiError}
 */
export const missingArgument = (name) =>
  new ApiError(400, 'REQUEST_VARIABLE_MISSING', `Missing '${name}' argument`, { extra: { var_name: name } });

/**
 * 429 RATE_LIMIT_HIT with the float `retry-after` in the body and the Retry-After header.
 * @param {number} retryAfter seconds
 * @param {Record<string, string>} headers X-RateLimit-* headers
 * @returns {ApiError}
 */
export const rateLimited = (retryAfter, headers) =>
  new ApiError(429, 'RATE_LIMIT_HIT', 'API usage exceeded rate limit', {
    extra: { 'retry-after': retryAfter },
    headers: { ...headers, 'Retry-After': Number.isInteger(retryAfter) ? retryAfter.toFixed(1) : String(retryAfter) },
  });
