// A server component that logs in: /server?realm=...
import { fetchApiKey } from 'zulip-fetch-api-key';

export default async function ServerPage({ searchParams }) {
  const { realm } = await searchParams;
  const { email } = await fetchApiKey({ realm, username: 'iago@zulip.com', password: 'abcd1234' });
  return <p id="email">{email}</p>;
}
