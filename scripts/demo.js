// The main job: a real login through the wasm module against devserver/, with its default user.
import { startDevServer } from '../devserver/server.js';
import { fetchApiKey } from 'zulip-fetch-api-key';

const server = await startDevServer();
try {
  console.log(`Zulip dev server: ${server.url}`);
  const username = 'iago@zulip.com';
  console.log(`Logging in as ${username} through the WebAssembly core...`);
  const result = await fetchApiKey({ realm: server.url, username, password: 'abcd1234' });
  console.log(`email:   ${result.email}`);
  console.log(`user id: ${result.userId}`);
  console.log(`API key: ${result.apiKey}`);
  console.log(`realm:   ${result.realm}`);
} finally {
  await server.close();
}
