// Types of zulip-fetch-api-key/widget (hand-written; checked by tsc in the tests).
// By the package's name, so that dist/widget.d.cts (a copy) finds the CommonJS types.
import type { OwnUser } from 'zulip-fetch-api-key';

/** What `<zulip-login>` is doing; also its `data-state` attribute, for styling. */
export type ZulipLoginState =
  | 'idle' | 'looking-up' | 'ready' | 'password-off' | 'busy' | 'error' | 'success'
  /** loginWithSavedKey: asking the server, showing whose key it is, could not ask. */
  | 'checking' | 'logged-in' | 'check-failed';

/** The detail of the `zulip-login` event (it bubbles and crosses shadow roots). */
export interface ZulipLoginDetail {
  apiKey: string;
  email: string;
  /** null on servers before feature level 171. */
  userId: number | null;
  /** The realm URL the password was sent to. */
  realm: string;
}

/** What loginWithSavedKey takes: a key saved after an earlier login (e.g. that event's detail). */
export interface ZulipSavedKey {
  realm: string | URL;
  email: string;
  apiKey: string;
}

/**
 * The detail of the `zulip-login-verified` event, once the server confirmed a saved key: the
 * `zulip-login` detail without the key (the page that gave it has it), with the account's name.
 */
export interface ZulipLoginVerifiedDetail {
  /** The email the key was saved with. */
  email: string;
  userId: number;
  fullName: string;
  realm: string;
}

/**
 * `<zulip-login realm="chat.example.com">`: a Zulip login form. Attributes: `realm` and
 * `username` (prefill), `allow-insecure-http`, `timeout-ms` (how long the server lookup and the
 * login may each take, in whole milliseconds; default 30000, also for a value that is not a
 * whole number from 1 to 2147483647).
 * Styling: --zulip-login-* custom properties and ::part(form | title | field | label | input |
 * hint | message | actions | submit | cancel).
 */
export class ZulipLoginElement extends HTMLElement {
  readonly state: ZulipLoginState;
  /** Cancels the login, or the saved key's check, in progress. */
  cancel(): void;
  /**
   * Shows "Logged in as {name} ({email})" for a saved key, once the server confirms it (a button
   * then logs in as someone else), and fires `zulip-login-verified`. Rejects with the ZulipError
   * when it is not confirmed: a refused key (INVALID_API_KEY, USER_DEACTIVATED, ...) brings the
   * form back, saying the saved login no longer works; a failure to reach the server offers a retry.
   */
  loginWithSavedKey(saved: ZulipSavedKey): Promise<OwnUser>;
}

declare global {
  interface HTMLElementTagNameMap {
    'zulip-login': ZulipLoginElement;
  }
  // The event bubbles and is composed: listeners on document and window get it too.
  interface HTMLElementEventMap {
    'zulip-login': CustomEvent<ZulipLoginDetail>;
    'zulip-login-verified': CustomEvent<ZulipLoginVerifiedDetail>;
  }
  interface DocumentEventMap {
    'zulip-login': CustomEvent<ZulipLoginDetail>;
    'zulip-login-verified': CustomEvent<ZulipLoginVerifiedDetail>;
  }
  interface WindowEventMap {
    'zulip-login': CustomEvent<ZulipLoginDetail>;
    'zulip-login-verified': CustomEvent<ZulipLoginVerifiedDetail>;
  }
}
