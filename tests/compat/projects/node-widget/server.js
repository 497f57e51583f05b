// A Node program that shares a module with its pages, so the widget is imported on the server
// too: there it defines nothing, and logging in works.
import 'zulip-fetch-api-key/widget';
import { fetchApiKey } from 'zulip-fetch-api-key';

const { email } = await fetchApiKey({ realm: process.argv[2], username: 'iago@zulip.com', password: 'abcd1234' });
console.log(email);
