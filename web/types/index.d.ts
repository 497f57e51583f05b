// Types of zulip-fetch-api-key (hand-written; checked by tsc in the tests).

export interface RequestOptions {
  /** The Zulip server URL as a person types it: "chat.example.com", " https://chat.example.com/ ". */
  realm: string | URL;
  /** Cancels the request; the promise then rejects with an AbortError (code ABORTED). */
  signal?: AbortSignal;
  /** Milliseconds before the request fails with TIMEOUT. Default 30000. */
  timeoutMs?: number;
  /** Allow http:// to hosts that are not loopback. Default false. */
  allowInsecureHttp?: boolean;
  /** The fetch to use. Default globalThis.fetch. */
  fetch?: typeof globalThis.fetch;
  /** The words of the errors' messages, over English (see Messages). */
  messages?: Messages;
}

/**
 * Words by key: an error code ('AUTHENTICATION_FAILED'), a code and its case
 * ('INVALID_REALM_URL.empty'), the widget's labels ('widget.title'), and 'locale' (a BCP 47 tag,
 * for numbers, durations and lists) and 'quoted' ('“{text}”'). Templates hold {placeholders}.
 * A key left out is said in English. `zulip-fetch-api-key/messages/de` (and es, fr, ja, pt, ru,
 * zh-CN) are the shipped languages.
 */
export type Messages = Readonly<Record<string, string>>;

export interface FetchApiKeyOptions extends RequestOptions {
  /** An email address, or an LDAP username: never rejected for not being an email. */
  username: string;
  /** Sent exactly as given: not trimmed, not Unicode-normalized. */
  password: string;
}

export interface ApiKey {
  apiKey: string;
  /** The email as the server returned it (may differ from the username typed). */
  email: string;
  /** null on servers before feature level 171. */
  userId: number | null;
  /** The normalized realm URL that was used. */
  realm: string;
  /** Parameters the server ignored; [] when it named none. */
  ignoredParametersUnsupported: string[];
}

export interface DevFetchApiKeyOptions extends RequestOptions {
  /** The email address of a user of the development server. */
  username: string;
}

/** A login method other than the password (GitHub, SAML, ...), as server_settings lists it. */
export interface ExternalAuthenticationMethod {
  name: string;
  displayName: string;
  displayIcon: string | null;
  loginUrl: string;
  signupUrl: string;
}

/**
 * What GET /api/v1/server_settings says. A field the server did not send is absent (old servers
 * lack the newer ones); only zulipFeatureLevel is always there (0 when absent, as Zulip says).
 * Fields that are present have been type-checked.
 */
export interface ServerSettings {
  zulipVersion?: string;
  /** 0 for servers before feature levels existed (Zulip 3.0). */
  zulipFeatureLevel: number;
  zulipMergeBase?: string;
  emailAuthEnabled?: boolean;
  requireEmailFormatUsernames?: boolean;
  /** The organization's own URL (realm_url, else realm_uri), normalized like normalizeRealmUrl. */
  realmUrl?: string;
  realmName?: string;
  realmIcon?: string;
  /** HTML. */
  realmDescription?: string;
  realmWebPublicAccessEnabled?: boolean;
  pushNotificationsEnabled?: boolean;
  /** Which login methods are on: password, email, ldap, dev, github, ... (deprecated by Zulip). */
  authenticationMethods?: Record<string, boolean>;
  externalAuthenticationMethods?: ExternalAuthenticationMethod[];
  /**
   * Not a server field: whether the organization takes a password, as this package reads the
   * settings (the rule login() applies). False only when they say it takes none.
   */
  passwordLoginAllowed: boolean;
}

export interface LoginResult extends ApiKey {
  /** The settings read first; `realm` is their realmUrl when the server named one. */
  serverSettings: ServerSettings;
}

/** Logs in with a password: POST {realm}/api/v1/fetch_api_key. Rejects with a ZulipError. */
export function fetchApiKey(options: FetchApiKeyOptions): Promise<ApiKey>;

/**
 * Logs in without a password on a Zulip development server: POST {realm}/api/v1/dev_fetch_api_key.
 * A production server rejects with MALFORMED_RESPONSE (development login is not available there).
 */
export function devFetchApiKey(options: DevFetchApiKeyOptions): Promise<ApiKey>;

/** GET {realm}/api/v1/server_settings, validated. Rejects with a ZulipError. */
export function getServerSettings(options: RequestOptions): Promise<ServerSettings>;

/**
 * Logs in as Zulip's own apps do: server_settings first, then fetch_api_key at the realmUrl the
 * server names. Rejects with PASSWORD_AUTH_DISABLED, without sending the password, when the
 * settings say the organization takes none (authenticationMethods.password false; without that
 * field, emailAuthEnabled and authenticationMethods.ldap both false). From feature level 171 on,
 * an answer without user_id is MALFORMED_RESPONSE. One timeout and signal cover both requests.
 */
export function login(options: FetchApiKeyOptions): Promise<LoginResult>;

export interface JwtFetchApiKeyOptions extends RequestOptions {
  /** A JSON Web Token from the organization's backend: a secret exactly like a password. */
  token: string;
  /** Ask for the account's profile too (the result's `profile`, and `userId`). Default false. */
  includeProfile?: boolean;
}

export interface VerifyApiKeyOptions extends RequestOptions {
  /** The account's email (trimmed; no ':' or control characters). */
  email: string;
  /** The saved API key: ASCII letters and digits. A secret exactly like a password. */
  apiKey: string;
}

/** Who an account is (GET /users/me, or a JWT login's profile): what a login screen shows. */
export interface OwnUser {
  userId: number;
  email: string;
  fullName: string;
  isBot: boolean;
  /** Zulip's role: 100 owner, 200 administrator, 300 moderator, 400 member, 600 guest; null before feature level 59. */
  role: number | null;
  avatarUrl: string | null;
  /** The account's IANA time zone, "" when unset; null when the server sent none. */
  timezone: string | null;
  dateJoined: string | null;
}

export interface JwtApiKey extends ApiKey {
  /** With includeProfile: who logged in (userId is then profile.userId). */
  profile?: OwnUser;
}

/**
 * Logs in with a JSON Web Token: POST {realm}/api/v1/jwt/fetch_api_key (Zulip 7.0+). The
 * server's refusals of the token are BAD_REQUEST (reason "jwt", the server's words in
 * serverMessage); no account for its email is AUTHENTICATION_FAILED; then USER_DEACTIVATED,
 * REALM_DEACTIVATED, NONEXISTENT_SUBDOMAIN. The token is never in an error, the URL, or a redirect.
 */
export function jwtFetchApiKey(options: JwtFetchApiKeyOptions): Promise<JwtApiKey>;

/**
 * Whether a saved API key still works, and whose it is: GET {realm}/api/v1/users/me with Basic
 * auth. Rejects with INVALID_API_KEY when the server refuses the email and key (unknown,
 * malformed or another account's key; Zulip's Basic auth also answers so for a deactivated
 * account or another organization's), with RATE_LIMIT_HIT, and as every call does otherwise.
 */
export function verifyApiKey(options: VerifyApiKeyOptions): Promise<OwnUser>;

/**
 * The Zulip server URL a person typed, normalized: " Chat.Zulip.org/ " -> "https://chat.zulip.org";
 * an internationalized name in its ASCII form: "bücher.example" -> "https://xn--bcher-kva.example".
 * Throws an InvalidInputError (INVALID_REALM_URL, INSECURE_REALM_URL). Needs the module ready:
 * in Node it is instantiated on the spot; elsewhere, before `await ready()`, it throws NOT_READY.
 */
export function normalizeRealmUrl(input: string | URL, options?: { allowInsecureHttp?: boolean, messages?: Messages }): string;

/**
 * What to tell a person about anything these functions threw, in the language of `messages`
 * (English by default): the words of a ZulipError, or a general sentence for anything else.
 */
export function describeError(error: unknown, messages?: Messages): string;

/**
 * Where the WebAssembly module comes from: the URL of zulip_fetch_api_key.wasm (relative to the
 * page), its bytes, a Response (or a promise of one, e.g. `fetch(url)`) or a compiled
 * WebAssembly.Module (e.g. `import wasm from 'zulip-fetch-api-key/wasm'` in Cloudflare Workers).
 */
export type WasmSource =
  | string | URL | ArrayBuffer | ArrayBufferView | Response | PromiseLike<Response> | WebAssembly.Module;

/**
 * Loads and instantiates the WebAssembly module, once; resolves when it is ready. Nothing is
 * loaded on import: the first call, or ready(), loads it, from `wasm` when given (the first
 * source given wins; another one afterwards rejects with INVALID_ARGUMENT), else from next to the
 * entry (browsers), the imported module (workerd) or the Node bundle itself. A module that cannot
 * be loaded rejects with WASM_LOAD_FAILED, naming the URL; the next call tries again.
 */
export function ready(options?: { wasm?: WasmSource }): Promise<void>;

/**
 * This package's own codes: what happened on this side (web/errors/codes.js, LOCAL_CODES). A
 * server's code is never one of these.
 */
export type LocalErrorCode =
  | 'INVALID_ARGUMENT' | 'INVALID_REALM_URL' | 'INSECURE_REALM_URL' | 'NETWORK_ERROR' | 'TIMEOUT'
  | 'ABORTED' | 'SERVER_ERROR' | 'UNEXPECTED_REDIRECT' | 'MALFORMED_RESPONSE'
  | 'RESPONSE_TOO_LARGE' | 'INTERNAL_ERROR' | 'WASM_LOAD_FAILED' | 'NOT_READY';

/** Zulip's own codes that this package has words for (web/errors/codes.js, SERVER_CODES). */
export type ServerErrorCode =
  | 'AUTHENTICATION_FAILED' | 'USER_DEACTIVATED' | 'REALM_DEACTIVATED' | 'PASSWORD_AUTH_DISABLED'
  | 'PASSWORD_RESET_REQUIRED' | 'NONEXISTENT_SUBDOMAIN' | 'RATE_LIMIT_HIT'
  | 'REQUEST_VARIABLE_MISSING' | 'BAD_REQUEST' | 'INVALID_API_KEY';

/** Any code: ours, Zulip's known ones, or another code word a server sent (a ZulipApiError's). */
export type ZulipErrorCode = LocalErrorCode | ServerErrorCode | (string & {});

/** Base class of every error this package throws (INTERNAL_ERROR is this class itself). The message never holds a password. */
export class ZulipError extends Error {
  readonly code: ZulipErrorCode;
  /** The HTTP status, when a response came. */
  readonly httpStatus?: number;
  /** Seconds to wait, with RATE_LIMIT_HIT. */
  readonly retryAfter?: number;
  /** The missing parameter, with REQUEST_VARIABLE_MISSING. */
  readonly varName?: string;
  /**
   * The server's own `msg`, when it sent one: for one of Zulip's codes only where the message
   * quotes it (BAD_REQUEST, REQUEST_VARIABLE_MISSING). A `msg` that quoted the password, in any
   * form, is replaced whole by "its text is withheld because it quoted your password".
   */
  readonly serverMessage?: string;
  /**
   * The server's own `code`, as it sent it. `code` is the same, unless the server's was not a
   * code word, was one of this package's own codes, or quoted the password (withheld then, as
   * `serverMessage` is): `code` is BAD_REQUEST then.
   */
  readonly serverCode?: string;
  /** Which case of the code, e.g. 'empty' for INVALID_REALM_URL, 'not-json' for MALFORMED_RESPONSE. */
  readonly reason?: string;
  /** MALFORMED_RESPONSE (reason 'field'): the answer's field at fault, e.g. 'email'. */
  readonly field?: string;
}
/** The server refused with a Zulip error (always this class, whatever its code says). */
export class ZulipApiError extends ZulipError {}
/** NETWORK_ERROR: refused, DNS, TLS, reset, CORS. */
export class NetworkError extends ZulipError {}
/** TIMEOUT. */
export class TimeoutError extends ZulipError {}
/** ABORTED; `name` is 'AbortError'. */
export class AbortError extends ZulipError {}
/** SERVER_ERROR: a 5xx status. */
export class ServerError extends ZulipError {}
/** UNEXPECTED_REDIRECT: a 3xx, never followed. */
export class UnexpectedRedirectError extends ZulipError {}
/** MALFORMED_RESPONSE or RESPONSE_TOO_LARGE. */
export class MalformedResponseError extends ZulipError {}
/** INVALID_REALM_URL, INSECURE_REALM_URL, INVALID_ARGUMENT: nothing was sent. */
export class InvalidInputError extends ZulipError {}
