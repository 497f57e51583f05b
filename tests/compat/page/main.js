// A page's script, as the README shows it: the widget, a listener for its event, and a login by
// script (to the server named by ?realm=).
import { login } from 'zulip-fetch-api-key';
import 'zulip-fetch-api-key/widget';

const result = document.querySelector('#result');
document.addEventListener('zulip-login', (e) => { result.dataset.widget = e.detail.email; });

const realm = new URLSearchParams(location.search).get('realm');
login({ realm, username: 'iago@zulip.com', password: 'abcd1234' }).then(
  (r) => { result.dataset.script = r.email; },
  (e) => { result.dataset.script = `${e.name}: ${e.code}: ${e.message}`; },
);
