// Every error code in one table, and what follows from it: the error class, the CLI's exit
// status, the widget field to fix, the English words. A new code is one row here.
//
// LOCAL codes say what this side found; SERVER codes are a Zulip server's. They never mix: a
// server sending one of ours gets BAD_REQUEST, with its string in serverCode. Words are a string,
// or variants by the ErrorInfo's `reason` ('' the default), filled in by words/format.js.

/**
 * @typedef {'realm' | 'username' | 'password' | 'submit' | 'argument' | 'refusal'} Focus
 *   'argument': the field the INVALID_ARGUMENT's reason names; 'refusal': the username once the
 *   server is known to be a Zulip server, before that the server URL.
 * @typedef {'ZulipError' | 'ZulipApiError' | 'NetworkError' | 'TimeoutError' | 'AbortError'
 *   | 'ServerError' | 'UnexpectedRedirectError' | 'MalformedResponseError' | 'InvalidInputError'} ClassName
 * @typedef {{ class: ClassName, exit: number, focus: Focus, en: string | Record<string, string> }} CodeRow
 */

/** What happened on this side. @type {Readonly<Record<string, CodeRow>>} */
export const LOCAL_CODES = Object.freeze({
  __proto__: null,
  INVALID_ARGUMENT: {
    class: 'InvalidInputError', exit: 2, focus: 'argument',
    en: {
      username: 'Enter your email address or username.',
      password: 'Enter your password.',
      token: 'Enter the JSON Web Token (JWT) your organization gave you.',
      email: "Enter the account's email address (without line breaks, control characters or \u201C:\u201D).",
      'api-key': 'An API key is letters and digits only, as Zulip issues it: check that it was copied whole.',
      'zuliprc-file': 'The zuliprc file {file} cannot be read{detail}.',
      'zuliprc-field': 'The zuliprc file {file} has no \u201C{name}\u201D in its [api] section.',
      'zuliprc-value': 'The \u201C{name}\u201D in the zuliprc file {file} is not valid.',
      'password-length': 'A password of more than {max} characters cannot be used.',
      'token-length': 'A JSON Web Token (JWT) of more than {max} characters cannot be used.',
      options: '{fn} takes an options object, e.g. { {example} }.',
      realm: "{fn}: realm must be the Zulip server's URL, as a string or URL.",
      'username-type': '{fn}: username must be a string (an email address or LDAP username).',
      'password-type': '{fn}: password must be a string.',
      'token-type': '{fn}: token must be a string (the JSON Web Token).',
      'email-type': '{fn}: email must be a string.',
      'api-key-type': '{fn}: apiKey must be a string.',
      includeProfile: '{fn}: includeProfile must be true or false.',
      path: '{fn}: path must be a string, or left out for ~/.zuliprc.',
      signal: '{fn}: signal must be an AbortSignal.',
      timeoutMs: '{fn}: timeoutMs must be a number of milliseconds, above 0 and at most {max}.',
      allowInsecureHttp: '{fn}: allowInsecureHttp must be true or false.',
      fetch: '{fn}: this environment has no fetch; pass one as the fetch option.',
      messages: '{fn}: messages must be an object of words by key.',
      zuliprc: 'The {name} for the zuliprc file is empty, spans lines or holds control characters; it cannot be written safely.',
      'wasm-source': 'ready: the module is already loaded from another source; call ready({ wasm }) before anything else.',
      '': 'This input cannot be used.',
    },
  },
  INVALID_REALM_URL: {
    class: 'InvalidInputError', exit: 2, focus: 'realm',
    en: {
      empty: 'Enter the address of your Zulip server, like https://chat.example.com.',
      userinfo: 'That is not a Zulip server URL: it contains \u201C@\u201D, like an email address. Enter the address of your organization instead, like https://chat.example.com.',
      scheme: '{url} is not a Zulip server URL (only https:// and http:// addresses are supported): use an address like https://chat.example.com.',
      'no-host': '{url} is not a Zulip server URL (it has no server name): use an address like https://chat.example.com.',
      host: '{url} is not a Zulip server URL (the server name is not valid): use an address like https://chat.example.com.',
      port: '{url} is not a Zulip server URL (the port is not valid): use an address like https://chat.example.com.',
      '': '{url} is not a Zulip server URL: use an address like https://chat.example.com.',
    },
  },
  INSECURE_REALM_URL: {
    class: 'InvalidInputError', exit: 2, focus: 'realm',
    en: {
      'named-by-server': 'The server gives its address as {url}, an http:// address, which would send your password unencrypted. Ask its administrators to set it up with https://.',
      '': '{url} uses http://, which would send your password unencrypted: use https:// instead.',
    },
  },
  NETWORK_ERROR: {
    class: 'NetworkError', exit: 6, focus: 'realm',
    en: {
      'not-a-response': 'Could not reach the server: the fetch function did not return a Response.',
      '': 'Could not reach the server{detail}. Check the server URL and your connection. In a browser, this can also be a certificate problem or a server that does not allow requests from this page (CORS).',
    },
  },
  // The server did not answer in time, or the caller stopped waiting: nothing to fix but retry.
  TIMEOUT: { class: 'TimeoutError', exit: 6, focus: 'submit', en: 'The server did not answer within {timeout}. Check the server URL and your connection, then try again.' },
  ABORTED: { class: 'AbortError', exit: 130, focus: 'submit', en: 'The login was cancelled.' },
  // Answers no Zulip server should give: the server URL is the first suspect (a 5xx excepted).
  SERVER_ERROR: { class: 'ServerError', exit: 7, focus: 'submit', en: 'The server had an internal error (HTTP {status}). Try again later.' },
  UNEXPECTED_REDIRECT: { class: 'UnexpectedRedirectError', exit: 7, focus: 'realm', en: 'The server answered with a redirect, which is never followed so that your password is not sent anywhere else. Check the server URL (use https:// if it is an https server).' },
  MALFORMED_RESPONSE: {
    class: 'MalformedResponseError', exit: 7, focus: 'realm',
    en: {
      'not-json': "The server's answer is not a Zulip API answer (not valid JSON). Check the server URL.",
      'not-object': "The server's answer is not a Zulip API answer (not a JSON object). Check the server URL.",
      'no-success': "The server's answer is not a Zulip API answer (no \u201Cresult\u201D: \u201Csuccess\u201D). Check the server URL.",
      field: "The server's answer is not valid (its \u201C{field}\u201D field). Check the server URL: it may not be a Zulip server.",
      'no-user-id': "The server's answer has no \u201Cuser_id\u201D, which this server version always sends. Check the server URL.",
      'dev-login': 'Development login is not available on this server: it is a production Zulip server (or not a Zulip server). Log in with a password or another method it offers.',
      '': "The server's answer (HTTP {status}) is not one a Zulip server gives. Check the server URL.",
    },
  },
  RESPONSE_TOO_LARGE: { class: 'MalformedResponseError', exit: 7, focus: 'realm', en: "The server's answer is too large to be a Zulip login answer. Check the server URL." },
  // The WebAssembly module could not be had from where it was looked for (web/core/wasm_source.js).
  WASM_LOAD_FAILED: {
    class: 'ZulipError', exit: 1, focus: 'submit',
    en: {
      given: 'The WebAssembly module given to ready({ wasm }) could not be loaded{detail}.',
      '': 'The WebAssembly module of zulip-fetch-api-key could not be loaded from {url}{detail}. Serve zulip_fetch_api_key.wasm there, or pass its location: ready({ wasm }).',
    },
  },
  // A synchronous call (normalizeRealmUrl) before the module is loaded, where it cannot load at once.
  NOT_READY: { class: 'ZulipError', exit: 1, focus: 'submit', en: 'zulip-fetch-api-key is not loaded yet: await ready() first.' },
  // A failure this package cannot name: a bug, or something the platform threw that is no
  // failure of the login itself. The original is the error's cause.
  INTERNAL_ERROR: { class: 'ZulipError', exit: 1, focus: 'submit', en: 'The login failed for a reason this page does not know. Try again.' },
});

/** A row of SERVER_CODES: a server's answer is always a ZulipApiError. */
const server = (/** @type {number} */ exit, /** @type {any} */ focus, /** @type {CodeRow['en']} */ en) =>
  /** @type {CodeRow} */ ({ class: 'ZulipApiError', exit, focus, en });

/** Codes a Zulip server sends that this package has words for. @type {Readonly<Record<string, CodeRow>>} */
export const SERVER_CODES = Object.freeze({
  __proto__: null,
  // The credentials: fixed in the password or username field.
  AUTHENTICATION_FAILED: server(3, 'password', {
    '': 'Your username or password is incorrect.',
    jwt: 'The server has no account for the email address this token names.',
  }),
  USER_DEACTIVATED: server(4, 'username', 'Your account has been deactivated. Contact an administrator of your organization.'),
  // The organization cannot be logged in to this way: fixed in the server URL, if at all.
  REALM_DEACTIVATED: server(4, 'realm', 'This Zulip organization has been deactivated.'),
  PASSWORD_AUTH_DISABLED: server(4, 'realm', 'This organization does not allow logging in with a password. Use another login method it offers (see its login page).'),
  // The password must change first, elsewhere.
  PASSWORD_RESET_REQUIRED: server(4, 'password', "Your password must be reset before you can log in. Reset it from the Zulip web app's login page (\u201CForgot your password?\u201D), then try again."),
  NONEXISTENT_SUBDOMAIN: server(4, 'realm', 'There is no Zulip organization at this address. Check the server URL.'),
  RATE_LIMIT_HIT: server(5, 'submit', {
    '': 'Too many login attempts. Try again {retryIn}.',
    later: 'Too many login attempts. Try again later.',
  }),
  // Refusals of the request itself: the server's own words say the most.
  REQUEST_VARIABLE_MISSING: server(7, 'refusal', {
    '': 'The server says a required field is missing: {serverMessage}.',
    bare: 'The server says a required field is missing.',
  }),
  BAD_REQUEST: server(7, 'refusal', {
    '': 'The server refused the login: {serverMessage}.',
    bare: 'The server refused the login.',
    // JWT login's own refusals (JWT off, no token, a bad token, no email in it) differ only in
    // the server's words, which are quoted.
    jwt: 'The server refused the token: {serverMessage}. Check that this organization has JWT login enabled and that the token is current, signed with its key, and names an email address.',
  }),
  // verifyApiKey: the server refused this email and key (Zulip's Basic auth says why only in words,
  // which are quoted).
  INVALID_API_KEY: server(3, 'password', {
    '': 'The server did not accept this API key for this email address ({serverMessage}): the key may have been regenerated, or belong to another account, or the account may be deactivated. Log in again to get a new key.',
    bare: 'The server did not accept this API key for this email address: the key may have been regenerated, or belong to another account, or the account may be deactivated. Log in again to get a new key.',
  }),
});

/** Any other code a server sends: its own words are the best there are. @type {CodeRow} */
export const OTHER_SERVER_CODE = Object.freeze(server(7, 'submit', {
  '': 'The server refused the login: {serverMessage}.',
  bare: 'The server refused the login ({serverCode}).',
}));

/**
 * The key of an ErrorInfo's words ('SERVER_REFUSED' for a server code without a row), and its
 * row: by where the failure happened, then by code. Own keys only, never a prototype's; a local
 * code without a row (a bug) is INTERNAL_ERROR's.
 * @param {{ code: string, origin?: string }} info
 * @returns {[string, CodeRow]}
 */
export function rowFor(info) {
  const { code, origin } = info;
  if (origin === 'server') {
    return Object.hasOwn(SERVER_CODES, code) ? [code, SERVER_CODES[code]] : ['SERVER_REFUSED', OTHER_SERVER_CODE];
  }
  return Object.hasOwn(LOCAL_CODES, code) ? [code, LOCAL_CODES[code]] : ['INTERNAL_ERROR', LOCAL_CODES.INTERNAL_ERROR];
}
