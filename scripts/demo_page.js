// The demo page that `npm start` serves: the <zulip-login> widget, prefilled with the dev
// server's URL, under the strict Content-Security-Policy the README recommends.

export const DEMO_CSP = "script-src 'self' 'wasm-unsafe-eval'";

/**
 * The page and its script, for startStaticServer's `pages`.
 * @param {string} realm  the dev server's URL
 */
export function demoPages(realm) {
  const html = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>zulip-fetch-api-key demo</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; padding: 40px 16px; background: #eef1f6; font: 15px/1.5 system-ui, sans-serif; color: #1f2430; }
  main { max-width: 26rem; margin: 0 auto; display: grid; gap: 18px; }
  h1 { font-size: 1.2rem; margin: 0; }
  output { display: block; white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: 13px; }
</style>
<main>
  <h1>zulip-fetch-api-key: the &lt;zulip-login&gt; widget</h1>
  <p>Dev server user: <code>iago@zulip.com</code> / <code>abcd1234</code></p>
  <zulip-login realm="${realm}"></zulip-login>
  <output id="result" aria-live="polite"></output>
</main>
<script type="module" src="/demo.js"></script>
</html>`;
  const script = `import '/dist/widget.js';
document.addEventListener('zulip-login', (event) => {
  const { apiKey, email, userId, realm } = event.detail;
  document.getElementById('result').textContent =
    'email:   ' + email + '\\nuser id: ' + userId + '\\nrealm:   ' + realm + '\\nAPI key: ' + apiKey.slice(0, 4) + '\\u2026 (' + apiKey.length + ' characters)';
});
`;
  return {
    '/': { body: html, headers: { 'Content-Security-Policy': DEMO_CSP } },
    '/demo.js': { body: script, type: 'text/javascript' },
  };
}
