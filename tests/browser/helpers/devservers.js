// The dev server set-up the widget tests share: organizations for every state of the form, and
// a per-test hook to hold or replace an answer.

/** Organizations by subdomain of http://<sub>.localhost:PORT ('' is http://127.0.0.1:PORT). */
export const REALMS = [
  {
    subdomain: '',
    users: [
      { email: 'iago@zulip.com', userId: 5 },
      { email: 'hamlet@zulip.com', userId: 10 },
      { email: 'cordelia@zulip.com', userId: 8 },
      { email: 'olivia@zulip.com', userId: 20, password: 'Pw-unique-7f3a9' },
      { email: 'former@zulip.com', userId: 21, isActive: false },
      { email: 'reset@zulip.com', userId: 22, passwordResetRequired: true },
    ],
  },
  { subdomain: 'ldap', name: 'LDAP Org', ldap: true, emailAuthEnabled: false,
    users: [{ email: 'iago@zulip.com', userId: 5, ldapUsername: 'iago' }] },
  { subdomain: 'sso', name: 'SSO Only', passwordAuthEnabled: false, emailAuthEnabled: false,
    externalAuthenticationMethods: [
      { name: 'google', display_name: 'Google', display_icon: null, login_url: '/accounts/login/social/google', signup_url: '/accounts/register/social/google' },
      { name: 'github', display_name: 'GitHub', display_icon: null, login_url: '/accounts/login/social/github', signup_url: '/accounts/register/social/github' },
    ] },
  { subdomain: 'gone', name: 'Gone', deactivated: true },
];

/**
 * startDevServer options with REALMS and a hook: set `hook.intercept` to a function of the
 * logged request returning a reply (or a promise of one, to hold the answer), or undefined.
 */
export function devServerOptions() {
  /** @type {{ intercept?: (request: any) => any }} */
  const hook = {};
  return {
    hook,
    options: {
      cors: true,
      realms: REALMS,
      rateLimit: { max: 2, windowSeconds: 6 },
      intercept: (/** @type {any} */ request) => hook.intercept?.(request),
    },
  };
}
