// A module Worker that logs in.
import { login } from 'zulip-fetch-api-key';

self.onmessage = async (e) => {
  try {
    const r = await login({ realm: e.data, username: 'iago@zulip.com', password: 'abcd1234' });
    self.postMessage(r.email);
  } catch (error) {
    self.postMessage(`${error.name}: ${error.code}: ${error.message}`);
  }
};
