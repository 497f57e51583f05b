// POST /api/v1/dev_fetch_api_key: zerver/views/development/dev_login.py api_dev_fetch_api_key
// (DevAuthBackend: a username and no password, no rate limit).
import { findRealm, findUserByEmail } from './accounts.js';
import { isValidEmail } from './email.js';
import * as errors from './errors.js';
import { postEndpoint, successReply } from './responses.js';
import { ignoredParameters } from './params.js';

/**
 * Answers a dev_fetch_api_key request (server.js does not route it in production mode).
 * @param {object} state the server's live state (realms, featureLevel)
 * @param {{ method: string, subdomain: string, params: Map<string, string> }} request
 * @returns {import('./responses.js').Reply}
 */
export const devFetchApiKey = postEndpoint(devLogin);

function devLogin(state, { subdomain, params }) {
  const username = params.get('username');
  if (username === undefined) throw errors.missingArgument('username');
  // check_dev_auth_backend: DevAuthBackend must be among the server's backends at all.
  if (!state.realms.some((realm) => realm.devLoginEnabled)) throw errors.badRequest('DevAuthBackend not enabled.');
  if (!isValidEmail(username)) throw errors.badRequest('Enter a valid email address.');
  const realm = findRealm(state.realms, subdomain);
  if (!realm) throw errors.invalidSubdomain();
  if (!realm.devLoginEnabled) throw errors.authenticationFailed();
  const user = findUserByEmail(realm, username);
  if (!user) {
    // common_get_active_user: an address registered in another organization is reported as a
    // wrong subdomain, which this view (unlike fetch_api_key) turns into an error.
    const elsewhere = state.realms.some((other) => other !== realm && findUserByEmail(other, username));
    throw elsewhere ? errors.invalidSubdomain() : errors.authenticationFailed();
  }
  if (realm.deactivated) throw errors.realmDeactivated();
  if (!user.isActive) throw errors.userDeactivated();

  const data = { api_key: user.apiKey, email: user.email };
  if (state.featureLevel >= 171) data.user_id = user.userId;
  return successReply(state.featureLevel, data, ignoredParameters(params, ['username']));
}
