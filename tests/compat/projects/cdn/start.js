// The .wasm is not next to the CDN's browser.js: say where it is before using the package.
import { ready } from 'zulip-fetch-api-key';

await ready({ wasm: '/assets/zulip_fetch_api_key.5e1f0c.wasm' });
await import('./main.js');
