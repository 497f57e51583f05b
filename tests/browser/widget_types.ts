// Type-checked (tsc -p tests/browser) as an app would write it: the widget's types resolve
// through the package's exports map, and misuse is a type error.
import 'zulip-fetch-api-key/widget';
import type {
  ZulipLoginDetail, ZulipLoginElement, ZulipLoginState, ZulipLoginVerifiedDetail, ZulipSavedKey,
} from 'zulip-fetch-api-key/widget';
import { login } from 'zulip-fetch-api-key';

const widget: ZulipLoginElement = document.createElement('zulip-login');
const state: ZulipLoginState = widget.state;
widget.cancel();
widget.addEventListener('zulip-login', (event) => {
  const detail: ZulipLoginDetail = event.detail;
  const key: string = detail.apiKey;
  const id: number | null = detail.userId;
  console.log(key, id, state);
});
// @ts-expect-error: the state is read-only
widget.state = 'busy';
// The event bubbles and is composed: the README listens on document (and window works too).
document.addEventListener('zulip-login', (event) => {
  const detail: ZulipLoginDetail = event.detail;
  console.log(detail.email);
});
window.addEventListener('zulip-login', (e) => e.detail.apiKey.toUpperCase());

// A saved key: a method (never an attribute) whose promise says whose key it is.
const saved: ZulipSavedKey = { realm: 'https://chat.example.com', email: 'iago@zulip.com', apiKey: 'abc' };
widget.loginWithSavedKey(saved).then((user) => console.log(user.fullName.toUpperCase(), user.userId + 1));
widget.loginWithSavedKey({ realm: new URL('https://chat.example.com'), email: 'a@b.c', apiKey: 'k' }).catch(() => {});
// @ts-expect-error: the key is required
widget.loginWithSavedKey({ realm: 'https://chat.example.com', email: 'iago@zulip.com' });
const checkState: ZulipLoginState = 'logged-in';
document.addEventListener('zulip-login-verified', (event) => {
  const detail: ZulipLoginVerifiedDetail = event.detail;
  const id: number = detail.userId;
  console.log(detail.fullName, detail.email, detail.realm, id, checkState);
  // @ts-expect-error: the verified event never carries the key
  console.log(detail.apiKey);
});
