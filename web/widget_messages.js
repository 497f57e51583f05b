// What <zulip-login> tells the person after a failed login, and which field it sends them to.
// The core's messages are already written for people; this adds what only a form can say
// (which field to fix, a live countdown, the organization's other login methods).

/**
 * @typedef {'realm' | 'username' | 'password' | 'submit'} FocusTarget
 * @typedef {{ text: string, focus: FocusTarget, waitSeconds?: number }} Complaint
 */

/** Codes whose fix is in the server URL field. */
const SERVER_CODES = new Set([
  'INVALID_REALM_URL', 'INSECURE_REALM_URL', 'NONEXISTENT_SUBDOMAIN', 'REALM_DEACTIVATED',
  'NETWORK_ERROR', 'UNEXPECTED_REDIRECT', 'MALFORMED_RESPONSE', 'RESPONSE_TOO_LARGE',
]);

/** Codes whose fix is in the password field (which is then cleared). */
const PASSWORD_CODES = new Set(['AUTHENTICATION_FAILED', 'PASSWORD_RESET_REQUIRED']);

/** Refusals that are about the username once the server is known to be Zulip; before, the
 * server URL is the first suspect (server_settings answers so for an unknown organization). */
const REFUSAL_CODES = new Set(['BAD_REQUEST', 'REQUEST_VARIABLE_MISSING']);

/**
 * The names of an organization's other login methods, as a sentence, or ''.
 * @param {{ externalAuthenticationMethods?: { displayName: string }[] } | null} settings
 */
export function otherMethodsSentence(settings) {
  const names = (settings?.externalAuthenticationMethods ?? []).map((m) => m.displayName).filter(Boolean);
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0]
    : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  return `It offers: ${list}, on its own login page.`;
}

/**
 * The sentence for RATE_LIMIT_HIT while `seconds` remain.
 * @param {number} seconds
 */
export function waitSentence(seconds) {
  return seconds > 0
    ? `Too many login attempts. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`
    : 'You can try again now.';
}

/**
 * What to say about a failed login (or server lookup), and where to put the focus.
 * @param {unknown} error  a ZulipError, or anything else that was thrown
 * @param {{ externalAuthenticationMethods?: { displayName: string }[] } | null} settings  the
 *   server's, when it was looked up: without them a refusal is more likely about the server URL
 * @returns {Complaint}
 */
export function complaintFor(error, settings) {
  const e = /** @type {{ code?: unknown, message?: unknown, retryAfter?: unknown }} */ (error ?? {});
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' && e.message !== ''
    ? e.message : 'The login failed for a reason this page does not know. Try again.';
  if (code === 'RATE_LIMIT_HIT') {
    const waitSeconds = typeof e.retryAfter === 'number' && e.retryAfter > 0 ? Math.ceil(e.retryAfter) : 30;
    return { text: waitSentence(waitSeconds), focus: 'submit', waitSeconds };
  }
  if (code === 'PASSWORD_AUTH_DISABLED') {
    return { text: [message, otherMethodsSentence(settings)].filter(Boolean).join(' '), focus: 'realm' };
  }
  if (code === 'ABORTED') return { text: 'Login cancelled.', focus: 'submit' };
  if (SERVER_CODES.has(code)) return { text: message, focus: 'realm' };
  if (PASSWORD_CODES.has(code)) return { text: message, focus: 'password' };
  if (code === 'USER_DEACTIVATED') return { text: message, focus: 'username' };
  if (REFUSAL_CODES.has(code)) return { text: message, focus: settings ? 'username' : 'realm' };
  return { text: message, focus: 'submit' }; // TIMEOUT, SERVER_ERROR, ...: nothing to fix but retry
}
