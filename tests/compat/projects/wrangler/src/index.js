// A Cloudflare Worker that logs in: GET /?realm=...
import { fetchApiKey } from 'zulip-fetch-api-key';

export default {
  async fetch(request) {
    const realm = new URL(request.url).searchParams.get('realm');
    try {
      const { email } = await fetchApiKey({ realm, username: 'iago@zulip.com', password: 'abcd1234' });
      return Response.json({ email });
    } catch (error) {
      return Response.json({ error: `${error.name}: ${error.code}: ${error.message}` }, { status: 500 });
    }
  },
};
