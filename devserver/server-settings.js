// GET /api/v1/server_settings: zerver/views/auth.py api_get_server_settings (require_safe).
import { createHash } from 'node:crypto';
import { findRealm } from './accounts.js';
import { ApiError, errorReply, methodNotAllowedEmpty, successReply } from './responses.js';

// get_auth_backends_data's keys: "password" plus every backend name lower-cased.
const BACKENDS = ['dev', 'email', 'ldap', 'remoteuser', 'github', 'azuread', 'gitlab', 'google', 'apple', 'saml', 'openid connect'];

/**
 * The URL a realm calls its own: the configured realmUrl, else the server's URL for the root
 * organization and http://<subdomain>.localhost:<port> for the others.
 * @param {object} state
 * @param {object} realm
 * @returns {string}
 */
export function realmUrlOf(state, realm) {
  if (realm.realmUrl) return realm.realmUrl;
  return realm.subdomain === '' ? state.url : `http://${realm.subdomain}.localhost:${state.port}`;
}

function authenticationMethods(realm) {
  const external = new Set(realm.externalAuthenticationMethods.map((m) => String(m.name).split(':')[0].toLowerCase()));
  const methods = { password: realm.passwordAuthEnabled };
  for (const name of BACKENDS) methods[name] = external.has(name);
  Object.assign(methods, { dev: realm.devLoginEnabled, email: realm.emailAuthEnabled, ldap: realm.ldap });
  return methods;
}

// Zulip's default realm icon is the gravatar identicon of the realm's id.
function realmIcon(state, realm) {
  if (realm.icon) return realm.icon;
  const id = String(state.realms.indexOf(realm) + 2);
  return `https://secure.gravatar.com/avatar/${createHash('md5').update(id).digest('hex')}?d=identicon`;
}

/**
 * Answers a server_settings request.
 * @param {object} state the server's live state
 * @param {{ method: string, subdomain: string }} request
 * @returns {import('./responses.js').Reply}
 */
export function serverSettings(state, request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowedEmpty(['GET', 'HEAD']);
  const realm = findRealm(state.realms, request.subdomain);
  if (!realm) {
    // With no organization on the root domain, the server behaves as one with a landing page there.
    const msg = request.subdomain === '' ? 'Subdomain required' : 'Invalid subdomain';
    return errorReply(state.featureLevel, new ApiError(400, 'BAD_REQUEST', msg));
  }
  const level = state.featureLevel;
  const data = { authentication_methods: authenticationMethods(realm), zulip_version: state.zulipVersion };
  if (level >= 88) data.zulip_merge_base = state.zulipMergeBase;
  if (level > 0) data.zulip_feature_level = level;
  Object.assign(data, {
    push_notifications_enabled: state.pushNotificationsEnabled,
    is_incompatible: false,
    email_auth_enabled: realm.emailAuthEnabled,
    require_email_format_usernames: !realm.ldap,
  });
  const url = realmUrlOf(state, realm);
  if (level >= 257) data.realm_url = url;
  Object.assign(data, { realm_name: realm.name, realm_icon: realmIcon(state, realm), realm_description: realm.description });
  if (level >= 116) data.realm_web_public_access_enabled = realm.webPublicAccessEnabled;
  data.external_authentication_methods = realm.externalAuthenticationMethods;
  data.realm_uri = url;
  return successReply(level, data);
}
