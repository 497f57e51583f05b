// Finding organizations and users the way Zulip's auth backends do.

/**
 * The organization with this subdomain, or null.
 * @param {object[]} realms
 * @param {string} subdomain
 */
export function findRealm(realms, subdomain) {
  return realms.find((realm) => realm.subdomain === subdomain) ?? null;
}

// Zulip compares addresses with iexact; lower-casing both sides matches it for real addresses.
const sameText = (a, b) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();

/**
 * The user a delivery email names in a realm (case-insensitive), or null.
 * @param {object} realm
 * @param {string} email
 */
export function findUserByEmail(realm, email) {
  return realm.users.find((user) => sameText(user.email, email)) ?? null;
}

/**
 * The user a password login names: by LDAP username (or address) when the realm uses LDAP,
 * and by email when EmailAuthBackend is on. Null when no backend knows the name.
 * @param {object} realm
 * @param {string} username
 */
export function findUserForPasswordLogin(realm, username) {
  if (realm.ldap) {
    const user = realm.users.find((u) => sameText(u.ldapUsername, username));
    if (user) return user;
  }
  if (realm.ldap || realm.emailAuthEnabled) return findUserByEmail(realm, username);
  return null;
}
