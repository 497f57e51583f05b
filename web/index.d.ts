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
}

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

/** Logs in with a password: POST {realm}/api/v1/fetch_api_key. Rejects with a ZulipError. */
export function fetchApiKey(options: FetchApiKeyOptions): Promise<ApiKey>;

/**
 * The Zulip server URL a person typed, normalized: " Chat.Zulip.org/ " -> "https://chat.zulip.org".
 * Throws an InvalidInputError (INVALID_REALM_URL, INSECURE_REALM_URL). Needs the module ready.
 */
export function normalizeRealmUrl(input: string | URL, options?: { allowInsecureHttp?: boolean }): string;

/** Resolves once the WebAssembly module is instantiated. */
export function ready(): Promise<void>;

/** Codes this package produces itself; a Zulip error body's own code is passed through as is. */
export type ZulipErrorCode =
  | 'BAD_REQUEST' | 'MALFORMED_RESPONSE' | 'RESPONSE_TOO_LARGE' | 'SERVER_ERROR'
  | 'UNEXPECTED_REDIRECT' | 'NETWORK_ERROR' | 'TIMEOUT' | 'ABORTED' | 'INVALID_REALM_URL'
  | 'INSECURE_REALM_URL' | 'INVALID_ARGUMENT'
  | 'AUTHENTICATION_FAILED' | 'USER_DEACTIVATED' | 'REALM_DEACTIVATED' | 'PASSWORD_AUTH_DISABLED'
  | 'PASSWORD_RESET_REQUIRED' | 'NONEXISTENT_SUBDOMAIN' | 'RATE_LIMIT_HIT'
  | 'REQUEST_VARIABLE_MISSING'
  | (string & {});

/** Base class of every error this package throws. The message never holds a password. */
export class ZulipError extends Error {
  readonly code: ZulipErrorCode;
  /** The HTTP status, when a response came. */
  readonly httpStatus?: number;
  /** Seconds to wait, with RATE_LIMIT_HIT. */
  readonly retryAfter?: number;
  /** The missing parameter, with REQUEST_VARIABLE_MISSING. */
  readonly varName?: string;
  /** The server's own `msg`, when it sent one. */
  readonly serverMessage?: string;
}
/** The server refused with a Zulip error; `code` is the server's. */
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
