// POST /api/v1/fetch_api_key: zerver/views/auth.py api_fetch_api_key with EmailAuthBackend or
// ZulipLDAPAuthBackend, in Zulip's order of checks.
import { findRealm, findUserForPasswordLogin } from './accounts.js';
import { isValidEmail } from './email.js';
import * as errors from './errors.js';
import { ApiError, postEndpoint, successReply } from './responses.js';
import { ignoredParameters } from './params.js';

/**
 * Answers a fetch_api_key request.
 * @param {object} state the server's live state (realms, featureLevel, rateLimiter)
 * @param {{ method: string, subdomain: string, params: Map<string, string> }} request
 * @returns {import('./responses.js').Reply}
 */
export const fetchApiKey = postEndpoint(login);

function login(state, { subdomain, params }) {
  const username = params.get('username');
  if (username === undefined) throw errors.missingArgument('username');
  const password = params.get('password');
  if (password === undefined) throw errors.missingArgument('password');
  const realm = findRealm(state.realms, subdomain);
  if (!realm) throw errors.invalidSubdomain();
  // LDAP can authenticate a name that is not an address, so the check is skipped with LDAP.
  if (!realm.ldap && !isValidEmail(username)) throw errors.badRequest('Enter a valid email address.');

  // The rate limit wraps the auth backend: from here on every answer carries X-RateLimit-*.
  const limit = state.rateLimiter.attempt(username);
  if (limit.limited) throw errors.rateLimited(limit.retryAfter, limit.headers);
  let user;
  try {
    user = authenticate(realm, username, password);
  } catch (error) {
    if (error instanceof ApiError) Object.assign(error.headers, limit.headers);
    throw error;
  }
  state.rateLimiter.clear(username);

  const data = { api_key: user.apiKey, email: user.email };
  if (state.featureLevel >= 171) data.user_id = user.userId;
  return successReply(state.featureLevel, data, ignoredParameters(params, ['username', 'password']), limit.headers);
}

// The backend: password auth enabled, then the account (realm deactivation before user
// deactivation, both before the password), then the password, then the reset flag.
function authenticate(realm, username, password) {
  if (!realm.passwordAuthEnabled) throw errors.passwordAuthDisabled();
  const user = findUserForPasswordLogin(realm, username);
  if (!user) throw errors.authenticationFailed();
  if (realm.deactivated) throw errors.realmDeactivated();
  if (!user.isActive) throw errors.userDeactivated();
  if (password === '' || password !== user.password) throw errors.authenticationFailed();
  if (user.passwordResetRequired) throw errors.passwordResetRequired();
  return user;
}
