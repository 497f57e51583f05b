// Types of zulip-fetch-api-key/widget (hand-written; checked by tsc in the tests).

/** What `<zulip-login>` is doing; also its `data-state` attribute, for styling. */
export type ZulipLoginState =
  | 'idle' | 'looking-up' | 'ready' | 'password-off' | 'busy' | 'error' | 'success';

/** The detail of the `zulip-login` event (it bubbles and crosses shadow roots). */
export interface ZulipLoginDetail {
  apiKey: string;
  email: string;
  /** null on servers before feature level 171. */
  userId: number | null;
  /** The realm URL the password was sent to. */
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
  /** Cancels the login in progress. */
  cancel(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'zulip-login': ZulipLoginElement;
  }
  // The event bubbles and is composed: listeners on document and window get it too.
  interface HTMLElementEventMap {
    'zulip-login': CustomEvent<ZulipLoginDetail>;
  }
  interface DocumentEventMap {
    'zulip-login': CustomEvent<ZulipLoginDetail>;
  }
  interface WindowEventMap {
    'zulip-login': CustomEvent<ZulipLoginDetail>;
  }
}
