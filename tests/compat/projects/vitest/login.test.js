// A test of an app that logs in (run in the node and in the jsdom environment). ZULIP_REALM: the server.
import { expect, test } from 'vitest';
import { fetchApiKey } from 'zulip-fetch-api-key';

test('importing the widget does not throw', async () => {
  await import('zulip-fetch-api-key/widget');
});

test('logs in', async () => {
  const r = await fetchApiKey({ realm: process.env.ZULIP_REALM, username: 'iago@zulip.com', password: 'abcd1234' });
  expect(r.email).toBe('iago@zulip.com');
});
