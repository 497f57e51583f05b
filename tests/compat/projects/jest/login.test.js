// A test of an app that logs in, zero configuration (CommonJS); run in the node and in the jsdom
// environment. ZULIP_REALM: the server.
const { fetchApiKey } = require('zulip-fetch-api-key');

test('importing the widget does not throw', () => {
  require('zulip-fetch-api-key/widget');
});

test('logs in', async () => {
  const r = await fetchApiKey({ realm: process.env.ZULIP_REALM, username: 'iago@zulip.com', password: 'abcd1234' });
  expect(r.email).toBe('iago@zulip.com');
});
