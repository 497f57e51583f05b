// GET /api/v1/users/me with HTTP Basic auth: zerver/lib/rest.py rest_dispatch and
// zerver/decorator.py authenticated_rest_api_view (get_basic_credentials, validate_api_key,
// access_user_by_api_key, validate_account_and_subdomain), then rate_limit_user and the view.
import * as errors from './errors.js';
import { ApiError, errorReply, methodNotAllowedJson, successReply } from './responses.js';

const ALLOWED = ['GET', 'DELETE'];

/**
 * Answers a users/me request.
 * @param {object} state the server's live state (realms, featureLevel, apiRateLimiter)
 * @param {{ method: string, subdomain: string, authorization: string | undefined }} request
 * @returns {import('./responses.js').Reply}
 */
export function usersMe(state, request) {
  // rest_dispatch answers a CORS preflight itself; nginx adds the CORS headers.
  if (request.method === 'OPTIONS') {
    return { status: 204, headers: { Allow: ALLOWED.join(', '), 'Content-Length': '0' }, body: '' };
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowedJson(ALLOWED);
  try {
    const user = authenticate(state, request);
    const limit = state.apiRateLimiter.attempt(String(user.userId));
    if (limit.limited) throw errors.rateLimited(limit.retryAfter, limit.headers);
    return successReply(state.featureLevel, { ...userObject(user), max_message_id: -1, profile_data: {} }, [],
      limit.headers);
  } catch (error) {
    if (error instanceof ApiError) return errorReply(state.featureLevel, error);
    throw error;
  }
}

/**
 * The user object Zulip's get_users_for_api gives of an account (client_gravatar off, no custom
 * profile fields): what /users/me and a JWT login's include_profile answer with.
 * @param {ReturnType<typeof import('./config.js').normalizeUser>} user
 */
export function userObject(user) {
  return {
    email: user.email,
    user_id: user.userId,
    avatar_version: 1,
    is_admin: user.role <= 200,
    is_owner: user.role === 100,
    is_guest: user.role === 600,
    is_bot: user.isBot,
    role: user.role,
    full_name: user.fullName,
    timezone: user.timezone,
    is_active: user.isActive,
    date_joined: '2024-01-01T00:00:00+00:00',
    delivery_email: null,
    avatar_url: `https://secure.gravatar.com/avatar/${user.userId}?d=identicon&version=1`,
  };
}

// Every refusal of the credentials: UnauthorizedError(msg), which drops the underlying code
// (and before feature level 76 there was none).
function unauthorized(state, msg) {
  return new ApiError(401, state.featureLevel >= 76 ? 'UNAUTHORIZED' : null, msg,
    { headers: { 'WWW-Authenticate': 'Basic realm="zulip"' } });
}

function authenticate(state, { subdomain, authorization }) {
  if (authorization === undefined) {
    throw unauthorized(state, 'Not logged in: API authentication or user session required');
  }
  const parts = authorization.trim().split(/\s+/);
  if (parts.length !== 2) throw unauthorized(state, 'Invalid authorization header for basic auth');
  if (parts[0].toLowerCase() !== 'basic') throw errors.badRequest('This endpoint requires HTTP basic authentication.');
  const credentials = decodeBase64(parts[1])?.split(':');
  if (credentials?.length !== 2) throw unauthorized(state, 'Invalid authorization header for basic auth');
  const role = credentials[0].trim();
  const apiKey = credentials[1].trim();
  if (!/^[A-Za-z0-9]{32}$/.test(apiKey)) throw unauthorized(state, 'Malformed API key');
  const realm = state.realms.find((r) => r.users.some((u) => u.apiKey === apiKey));
  const user = realm?.users.find((u) => u.apiKey === apiKey);
  if (!user || user.email.toLowerCase() !== role.toLowerCase()) throw unauthorized(state, 'Invalid API key');
  if (realm.deactivated) throw unauthorized(state, 'This organization has been deactivated');
  if (!user.isActive) throw unauthorized(state, 'Account is deactivated');
  if (realm.subdomain !== subdomain) throw unauthorized(state, 'Account is not associated with this subdomain');
  return user;
}

// Python's base64.b64decode(...).decode(): standard alphabet, padding required, UTF-8.
function decodeBase64(text) {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text, 'base64'));
  } catch {
    return null;
  }
}
