// Default organizations and users (those of Zulip's development environment) and the
// normalization of startDevServer's options.
import { createHash } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fixed 32-character [A-Za-z0-9] API key derived from a seed, so defaults never change.
 * @param {string} seed
 * @returns {string}
 */
export function fixedApiKey(seed) {
  const bytes = createHash('sha256').update(`devserver-api-key:${seed}`).digest();
  return Array.from(bytes, (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
}

export const DEFAULT_PASSWORD = 'abcd1234';

// Zulip's dev-environment users. iago's key is the one in the endpoint's documentation; ZOE's
// address is stored in capitals there, which exercises the case-insensitive lookup.
const DEV_USERS = [
  ['iago@zulip.com', 5, 'gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv', 200],
  ['desdemona@zulip.com', 6],
  ['cordelia@zulip.com', 8],
  ['hamlet@zulip.com', 10],
  ['othello@zulip.com', 12],
  ['prospero@zulip.com', 14],
  ['ZOE@zulip.com', 16],
];

/**
 * Fresh copies of the default users.
 * @returns {object[]}
 */
export function defaultUsers() {
  return DEV_USERS.map(([email, userId, apiKey, role]) => ({ email, userId, apiKey: apiKey ?? fixedApiKey(email), role }));
}

/**
 * A user with every field filled in.
 * @param {object} user
 * @returns {{ email: string, password: string, userId: number, apiKey: string, isActive: boolean,
 *   passwordResetRequired: boolean, ldapUsername: string | null, fullName: string, role: number,
 *   isBot: boolean, timezone: string }}
 */
export function normalizeUser(user) {
  if (typeof user.email !== 'string') throw new TypeError('every user needs an email');
  return {
    email: user.email,
    password: user.password ?? DEFAULT_PASSWORD,
    userId: user.userId ?? 0,
    apiKey: user.apiKey ?? fixedApiKey(user.email),
    isActive: user.isActive ?? true,
    passwordResetRequired: user.passwordResetRequired ?? false,
    ldapUsername: user.ldapUsername ?? null,
    fullName: user.fullName ?? user.email.split('@')[0],
    role: user.role ?? 400, // Zulip's roles: 100 owner, 200 administrator, 300 moderator, 400 member, 600 guest
    isBot: user.isBot ?? false,
    timezone: user.timezone ?? '',
  };
}

/**
 * An organization with every field filled in. `realmUrl` is left null here when not given:
 * server.js fills it once the port is known.
 * @param {object} realm
 */
export function normalizeRealm(realm = {}) {
  const subdomain = realm.subdomain ?? '';
  const users = (realm.users ?? defaultUsers()).map(normalizeUser);
  users.forEach((user, i) => { if (!user.userId) user.userId = 100 + i; });
  return {
    subdomain,
    name: realm.name ?? (subdomain === '' ? 'Zulip Dev' : subdomain),
    description: realm.description ??
      '<p>The Zulip development environment default organization.  It\'s great for testing!</p>',
    icon: realm.icon ?? null,
    deactivated: realm.deactivated ?? false,
    emailAuthEnabled: realm.emailAuthEnabled ?? true,
    passwordAuthEnabled: realm.passwordAuthEnabled ?? true,
    ldap: realm.ldap ?? false,
    devLoginEnabled: realm.devLoginEnabled ?? true,
    webPublicAccessEnabled: realm.webPublicAccessEnabled ?? false,
    realmUrl: realm.realmUrl ?? null,
    externalAuthenticationMethods: realm.externalAuthenticationMethods ?? [],
    // The organization's HS256 key for JWT login (JWT_AUTH_KEYS); null: JWT login is off.
    jwtKey: realm.jwtKey ?? null,
    users,
  };
}
