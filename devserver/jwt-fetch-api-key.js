// POST /api/v1/jwt/fetch_api_key: zerver/views/auth.py jwt_fetch_api_key and
// get_email_and_realm_from_jwt_authentication_request, in Zulip's order of checks, with the
// organization's HS256 key from the config (realm.jwtKey; null: JWT login is off there).
import { findRealm, findUserByEmail } from './accounts.js';
import * as errors from './errors.js';
import { verifyJwt } from './jwt.js';
import { ignoredParameters } from './params.js';
import { postEndpoint, successReply } from './responses.js';
import { userObject } from './users-me.js';

/**
 * Answers a jwt/fetch_api_key request.
 * @param {object} state the server's live state
 * @param {{ method: string, subdomain: string, params: Map<string, string> }} request
 * @returns {import('./responses.js').Reply}
 */
export const jwtFetchApiKey = postEndpoint(jwtLogin);

function jwtLogin(state, { subdomain, params }) {
  // has_request_variables reads include_profile (a JSON boolean) before the view runs.
  const includeProfile = jsonBoolean(params.get('include_profile') ?? 'false');
  const token = params.get('token') ?? '';
  const realm = findRealm(state.realms, subdomain);
  if (!realm) throw errors.invalidSubdomain();
  if (typeof realm.jwtKey !== 'string') throw errors.badRequest('JWT authentication is not enabled for this organization');
  if (token === '') throw errors.badRequest('No JSON web token passed in request');
  const claims = verifyJwt(token, realm.jwtKey);
  if (!claims) throw errors.badRequest('Bad JSON web token');
  const email = claims.email;
  if (email === undefined || email === null) throw errors.badRequest('No email specified in JSON web token claims');

  // ZulipDummyBackend: common_get_active_user, with return_data.
  const user = typeof email === 'string' ? findUserByEmail(realm, email) : null;
  if (!user) {
    const elsewhere = typeof email === 'string' && state.realms.some((r) => r !== realm && findUserByEmail(r, email));
    throw elsewhere ? errors.invalidSubdomain() : errors.authenticationFailed();
  }
  if (realm.deactivated) throw errors.realmDeactivated();
  if (!user.isActive) throw errors.userDeactivated();

  const data = { api_key: user.apiKey, email: user.email };
  if (includeProfile) data.user = userObject(user);
  return successReply(state.featureLevel, data, ignoredParameters(params, ['token', 'include_profile']));
}

// REQ(json_validator=check_bool): the text must be JSON, and a boolean.
function jsonBoolean(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw errors.badRequest('Argument "include_profile" is not valid JSON.');
  }
  if (typeof value !== 'boolean') throw errors.badRequest('include_profile is not a boolean');
  return value;
}
