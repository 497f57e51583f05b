// A route handler that logs in: GET /api/login?realm=...
import { fetchApiKey } from 'zulip-fetch-api-key';

export async function GET(request) {
  const realm = new URL(request.url).searchParams.get('realm');
  const { email } = await fetchApiKey({ realm, username: 'iago@zulip.com', password: 'abcd1234' });
  return Response.json({ email });
}
