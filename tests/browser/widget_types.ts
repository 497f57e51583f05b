// Type-checked (tsc -p tests/browser) as an app would write it: the widget's types resolve
// through the package's exports map, and misuse is a type error.
import 'zulip-fetch-api-key/widget';
import type { ZulipLoginDetail, ZulipLoginElement, ZulipLoginState } from 'zulip-fetch-api-key/widget';
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
