// The README's listeners, typed: the zulip-login event on the element, the document and the window.
import 'zulip-fetch-api-key/widget';
import type { ZulipLoginDetail } from 'zulip-fetch-api-key/widget';

function keep(detail: ZulipLoginDetail): string {
  return `${detail.email} ${detail.apiKey} ${detail.realm} ${detail.userId ?? ''}`;
}

document.addEventListener('zulip-login', (e) => keep(e.detail));
window.addEventListener('zulip-login', (e) => keep(e.detail));
document.querySelector('zulip-login')?.addEventListener('zulip-login', (e) => keep(e.detail));
