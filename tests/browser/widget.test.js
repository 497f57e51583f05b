// <zulip-login> in headless Chromium, served from one loopback origin, logging in to devserver/
// on another (with nginx's CORS headers): every state of the form, and what it says. The whole
// journey (lookup, wrong password, login and its event), the languages, and a redirect run in every
// engine: scenarios.js.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { normalizeUser } from '../../devserver/config.js';
import { startDevServer } from '../../devserver/server.js';
import { launchChromium, openPage } from './helpers/chromium.js';
import { devServerOptions } from './helpers/devservers.js';
import { screenshot } from './helpers/screenshots.js';
import { showWidget, startWidgetSite, waitForState } from './helpers/widget_page.js';

/** The id of the element focused inside the widget. */
const focusedField = (page) => page.evaluate(() => document.querySelector('zulip-login').shadowRoot.activeElement?.id);
const message = (widget) => widget.locator('#message');

/** A promise and its resolve, to hold a server's answer until the test lets it go. */
function gate() {
  let open;
  const opened = new Promise((resolve) => { open = resolve; });
  return { opened, open };
}

describe('<zulip-login>', () => {
  let browser, server, site, hook, tab, errors, closeTab;
  const sub = (name) => `http://${name}.localhost:${server.port}`;

  before(async () => {
    const { hook: h, options } = devServerOptions();
    hook = h;
    [browser, server, site] = await Promise.all([launchChromium(), startDevServer(options), startWidgetSite()]);
  });
  after(() => Promise.all([browser?.close(), server?.close(), site?.close()]));
  beforeEach(async () => {
    await closeTab?.();
    hook.intercept = undefined;
    ({ page: tab, errors, close: closeTab } = await openPage(browser));
  });
  after(() => closeTab?.());

  /** Fills the form's credentials and submits with the keyboard. */
  async function logIn(widget, username, password) {
    await widget.getByLabel(/^(Email|Username)$/).fill(username);
    await widget.getByLabel('Password').fill(password);
    await widget.getByLabel('Password').press('Enter');
  }

  /** A widget whose login is in flight: the server holds its answer until `held.open()`. */
  async function busyWidget() {
    const held = gate();
    hook.intercept = (request) => (request.path === '/api/v1/fetch_api_key' ? held.opened : undefined);
    const widget = await showWidget(tab, site.url, { realm: server.url });
    await waitForState(tab, 'ready');
    await logIn(widget, 'iago@zulip.com', 'abcd1234');
    await waitForState(tab, 'busy');
    return { widget, held };
  }

  test('idle: an empty form with labelled fields and the right autocomplete attributes', async () => {
    const widget = await showWidget(tab, site.url);
    await waitForState(tab, 'idle');
    assert.equal(await widget.getByLabel('Server URL').getAttribute('autocomplete'), 'url');
    assert.equal(await widget.getByLabel('Email').getAttribute('autocomplete'), 'username');
    const password = widget.getByLabel('Password');
    assert.equal(await password.getAttribute('autocomplete'), 'current-password');
    assert.equal(await password.getAttribute('type'), 'password');
    assert.equal(await widget.locator('form').count(), 1, 'a real <form> for password managers');
    assert.equal(await widget.getByRole('button', { name: 'Cancel' }).isVisible(), false);
    await screenshot(widget, 'idle');
    assert.deepEqual(errors, []);
  });

  test('normalizes the server URL as it is typed, and says why one cannot be used', async () => {
    const widget = await showWidget(tab, site.url);
    const field = widget.getByLabel('Server URL');
    await field.fill(` HTTP://127.0.0.1:${server.port}/ `);
    await assert.doesNotReject(widget.locator('#realm-hint').getByText(server.url).waitFor());
    await field.fill('ftp://chat.example.com');
    await widget.locator('#realm-hint[data-kind="error"]').waitFor();
    assert.match(await widget.locator('#realm-hint').textContent(), /http/i);
    await field.fill('http://chat.example.com');
    await widget.locator('#realm-hint[data-kind="error"]').waitFor();
    assert.match(await widget.locator('#realm-hint').textContent(), /unencrypted|insecure|http:/i);
  });

  test('looking up the server, then the organization and an "Email" label', async () => {
    const held = gate();
    hook.intercept = (request) => (request.path === '/api/v1/server_settings' ? held.opened : undefined);
    const widget = await showWidget(tab, site.url, { realm: server.url });
    await waitForState(tab, 'looking-up');
    assert.match(await widget.locator('#realm-hint').textContent(), /Looking up/);
    await screenshot(widget, 'looking-up');
    held.open(undefined);
    await waitForState(tab, 'ready');
    assert.match(await widget.locator('#realm-hint').textContent(), /Zulip Dev/);
    assert.equal(await widget.locator('#username-label').textContent(), 'Email');
    await screenshot(widget, 'ready');
  });

  test('an LDAP organization: the field is "Username", and an LDAP name logs in', async () => {
    const widget = await showWidget(tab, site.url, { realm: sub('ldap') });
    await waitForState(tab, 'ready');
    assert.equal(await widget.locator('#username-label').textContent(), 'Username');
    await logIn(widget, 'iago', 'abcd1234');
    await waitForState(tab, 'success');
    const [detail] = await tab.evaluate(() => window.logins);
    assert.equal(detail.email, 'iago@zulip.com');
    assert.equal(detail.realm, sub('ldap'));
  });

  test('an organization without passwords says so, names its other methods, and takes none', async () => {
    const widget = await showWidget(tab, site.url, { realm: sub('sso') });
    await waitForState(tab, 'password-off');
    const text = await message(widget).textContent();
    assert.match(text, /does not take passwords/);
    assert.match(text, /Google or GitHub/);
    assert.equal(await widget.getByLabel('Password').isDisabled(), true);
    assert.equal(await widget.getByRole('button', { name: 'Log in' }).isDisabled(), true);
    await screenshot(widget, 'password-off');
  });

  test('busy: fields read-only, a cancel button; Escape cancels and says so', async () => {
    const { widget, held } = await busyWidget();
    assert.equal(await widget.getByLabel('Email').getAttribute('readonly'), '');
    assert.equal(await widget.locator('button[type=submit]').getAttribute('aria-disabled'), 'true');
    assert.equal(await widget.getByRole('button', { name: 'Cancel' }).isVisible(), true);
    assert.equal(await widget.locator('form').getAttribute('aria-busy'), 'true');
    await screenshot(widget, 'busy');
    await widget.getByLabel('Password').press('Escape');
    await waitForState(tab, 'error');
    assert.equal(await message(widget).textContent(), 'The login was cancelled.');
    assert.equal(await focusedField(tab), 'submit');
    assert.equal(await widget.getByRole('button', { name: 'Cancel' }).isVisible(), false);
    held.open(undefined);
    assert.deepEqual(await tab.evaluate(() => window.logins), []);
  });

  test('the cancel button cancels too', async () => {
    const { widget, held } = await busyWidget();
    await widget.getByRole('button', { name: 'Cancel' }).click();
    await waitForState(tab, 'error');
    assert.equal(await message(widget).textContent(), 'The login was cancelled.');
    held.open(undefined);
  });

  test('an empty field: a message, and the focus on that field', async () => {
    const widget = await showWidget(tab, site.url);
    await widget.getByRole('button', { name: 'Log in' }).click();
    assert.match(await message(widget).textContent(), /address of your Zulip server/);
    assert.equal(await focusedField(tab), 'realm');
    assert.equal(await widget.getByLabel('Server URL').getAttribute('aria-invalid'), 'true');
    await widget.getByLabel('Server URL').fill(server.url);
    await waitForState(tab, 'ready');
    await widget.getByRole('button', { name: 'Log in' }).click();
    assert.match(await message(widget).textContent(), /Enter your email address or username/);
    assert.equal(await focusedField(tab), 'username');
  });

  // Each error: what the person reads, and the field the focus goes to.
  const ERRORS = [
    { name: 'AUTHENTICATION_FAILED', user: 'hamlet@zulip.com', password: 'wrong', text: /username or password is incorrect/, focus: 'password', shot: 'error-wrong-password' },
    { name: 'USER_DEACTIVATED', user: 'former@zulip.com', text: /account has been deactivated/, focus: 'username' },
    { name: 'PASSWORD_RESET_REQUIRED', user: 'reset@zulip.com', text: /must be reset/, focus: 'password' },
    { name: 'REALM_DEACTIVATED', realm: () => sub('gone'), text: /organization has been deactivated/, focus: 'realm' },
    { name: 'NONEXISTENT_SUBDOMAIN', realm: () => sub('nowhere'), text: /subdomain|organization/i, focus: 'realm' },
    { name: 'SERVER_ERROR', reply: { status: 502, body: 'Bad gateway' }, text: /server/i, focus: 'submit' },
    { name: 'MALFORMED_RESPONSE', reply: { status: 200, body: '<html>hello</html>' }, text: /Zulip.*server URL/, focus: 'realm' },
    { name: 'INVALID_REALM_URL', realm: () => 'zulip://chat.example.com', text: /./, focus: 'realm' },
    { name: 'INSECURE_REALM_URL', realm: () => 'http://chat.example.com', text: /http/, focus: 'realm' },
  ];
  for (const c of ERRORS) {
    test(`${c.name}: says so in words and focuses the ${c.focus} field`, async () => {
      if (c.reply) hook.intercept = (request) => (request.path === '/api/v1/fetch_api_key' ? c.reply : undefined);
      const widget = await showWidget(tab, site.url);
      await widget.getByLabel('Server URL').fill(c.realm?.() ?? server.url);
      await logIn(widget, c.user ?? 'iago@zulip.com', c.password ?? 'abcd1234');
      await waitForState(tab, 'error');
      const text = await message(widget).textContent();
      assert.match(text, c.text);
      assert.ok(text.length > 20, text);
      assert.equal(await focusedField(tab), c.focus);
      if (c.focus !== 'submit') {
        assert.equal(await widget.locator(`#${c.focus}`).getAttribute('aria-invalid'), 'true');
      }
      if (c.shot) await screenshot(widget, c.shot);
      if (c.focus === 'password') assert.equal(await widget.getByLabel('Password').inputValue(), '');
      assert.deepEqual(await tab.evaluate(() => window.logins), []);
    });
  }

  test('TIMEOUT: timeout-ms bounds the login; the form says so and can be used again', async () => {
    const held = gate(); // the login POST is read, then never answered
    hook.intercept = (request) => (request.path === '/api/v1/fetch_api_key' ? held.opened : undefined);
    const widget = await showWidget(tab, site.url, { realm: server.url, 'timeout-ms': '500' });
    await waitForState(tab, 'ready');
    const started = Date.now();
    await logIn(widget, 'iago@zulip.com', 'abcd1234');
    await waitForState(tab, 'error');
    const waited = Date.now() - started;
    held.open(undefined);
    assert.ok(waited >= 500 && waited < 5000, `${waited} ms`); // 500 ms, not the default 30 s
    assert.match(await message(widget).textContent(), /did not answer within 500 milliseconds/);
    assert.equal(await message(widget).getAttribute('aria-live'), 'polite');
    assert.equal(await focusedField(tab), 'submit');
    assert.equal(await widget.getByLabel('Password').getAttribute('readonly'), null);
    assert.equal(await widget.locator('button[type=submit]').getAttribute('aria-disabled'), 'false');
    assert.equal(await widget.getByRole('button', { name: 'Cancel' }).isVisible(), false);
    hook.intercept = undefined;
    await widget.getByRole('button', { name: 'Log in' }).click();
    await waitForState(tab, 'success');
    assert.equal((await tab.evaluate(() => window.logins)).length, 1);
    assert.deepEqual(errors, []);
  });

  test('an invalid timeout-ms is ignored: the login runs with the default', async () => {
    for (const value of ['', '0', '-500', '2s', '1.5', '2147483648']) {
      const widget = await showWidget(tab, site.url, { realm: server.url, 'timeout-ms': value });
      await waitForState(tab, 'ready');
      await logIn(widget, 'iago@zulip.com', 'abcd1234');
      await waitForState(tab, 'success');
      assert.match(await message(widget).textContent(), /Logged in/, `timeout-ms="${value}"`);
    }
  });

  test('RATE_LIMIT_HIT: the wait counts down, then the form says to try again', async () => {
    const widget = await showWidget(tab, site.url, { realm: server.url });
    await waitForState(tab, 'ready');
    for (let i = 0; i < 2; i++) {
      await logIn(widget, 'cordelia@zulip.com', 'wrong');
      await waitForState(tab, 'error');
    }
    await logIn(widget, 'cordelia@zulip.com', 'wrong');
    await widget.locator('#message').getByText(/Too many login attempts/).waitFor();
    const first = await message(widget).textContent();
    const seconds = Number(first.match(/Try again in (\d+) second/)[1]);
    assert.ok(seconds >= 1 && seconds <= 6, first);
    assert.equal(await widget.locator('button[type=submit]').getAttribute('aria-disabled'), 'true');
    await screenshot(widget, 'error-rate-limit');
    if (seconds > 1) {
      await tab.waitForFunction((s) => {
        const m = document.querySelector('zulip-login').shadowRoot.getElementById('message').textContent;
        return m.includes(`in ${s - 1} second`);
      }, seconds);
    }
    await widget.locator('#message').getByText('You can try again now.').waitFor({ timeout: 10_000 });
    assert.equal(await widget.locator('button[type=submit]').getAttribute('aria-disabled'), 'false');
  });

  test('a rate limit of 1e300 seconds is said as a person would, and locks the form for an hour at most', async () => {
    hook.intercept = (request) => (request.path === '/api/v1/fetch_api_key'
      ? { status: 429, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ result: 'error', code: 'RATE_LIMIT_HIT', msg: 'API usage exceeded rate limit', 'retry-after': 1e300 }) }
      : undefined);
    const widget = await showWidget(tab, site.url, { realm: server.url });
    await waitForState(tab, 'ready');
    await logIn(widget, 'iago@zulip.com', 'abcd1234');
    await waitForState(tab, 'error');
    const text = await message(widget).textContent();
    assert.equal(text, 'Too many login attempts. Try again in 1 hour.');
    assert.doesNotMatch(text, /e\+|\d{5}/);
    assert.equal(await widget.locator('button[type=submit]').getAttribute('aria-disabled'), 'true');
  });

  // A saved key, handed over with loginWithSavedKey(): checked with GET /users/me, never asking
  // for the password, and the key in no attribute, text or event.
  describe('with a saved key', () => {
    const hamlet = () => ({ realm: server.url, email: 'hamlet@zulip.com', apiKey: normalizeUser({ email: 'hamlet@zulip.com' }).apiKey });

    /**
     * Hands the widget a saved key; the call's outcome lands in window.savedOutcome as
     * { user } or { code }.
     */
    async function useSavedKey(saved, attributes = {}) {
      const widget = await showWidget(tab, site.url, attributes);
      await tab.evaluate((s) => {
        window.savedOutcome = null;
        document.querySelector('zulip-login').loginWithSavedKey(s).then(
          (user) => { window.savedOutcome = { user }; },
          (error) => { window.savedOutcome = { code: error.code }; });
      }, saved);
      return widget;
    }
    const outcome = async () => {
      await tab.waitForFunction(() => window.savedOutcome !== null);
      return tab.evaluate(() => window.savedOutcome);
    };
    /** Everything the page can see of the widget and its events, as one text. */
    const everythingShown = () => tab.evaluate(() => {
      const widget = document.querySelector('zulip-login');
      const attributes = (root) => [...root.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`));
      return [document.documentElement.outerHTML, widget.shadowRoot.innerHTML, ...attributes(document),
        ...attributes(widget.shadowRoot), ...[...widget.shadowRoot.querySelectorAll('input')].map((i) => i.value),
        JSON.stringify(window.verified), JSON.stringify(window.logins), JSON.stringify(window.savedOutcome),
        JSON.stringify(Object.entries(widget))].join('\n');
    });

    test('a working key: "Logged in as …" without the form, an event without the key, and a way to log in as someone else', async () => {
      const saved = hamlet();
      const widget = await useSavedKey(saved);
      await waitForState(tab, 'logged-in');
      assert.equal(await message(widget).textContent(), 'Logged in as hamlet (hamlet@zulip.com).');
      assert.equal(await widget.getByLabel('Password').isVisible(), false);
      assert.equal(await widget.getByRole('button', { name: 'Log in', exact: true }).isVisible(), false);
      assert.equal(await widget.getByRole('button', { name: 'Try again' }).isVisible(), false);
      const { user } = await outcome();
      assert.equal(user.fullName, 'hamlet');
      assert.equal(user.userId, 10);
      assert.deepEqual(await tab.evaluate(() => window.verified),
        [{ email: 'hamlet@zulip.com', userId: 10, fullName: 'hamlet', realm: server.url }]);
      assert.deepEqual(await tab.evaluate(() => window.logins), []);
      const shown = await everythingShown();
      assert.ok(shown.includes('hamlet@zulip.com'), 'the check is itself sound');
      assert.ok(!shown.includes(saved.apiKey), 'the key is in no attribute, text, field or event');
      await screenshot(widget, 'logged-in');

      await widget.getByRole('button', { name: 'Log in as someone else' }).click();
      await waitForState(tab, 'ready');
      assert.equal(await focusedField(tab), 'username');
      assert.equal(await widget.getByLabel('Server URL').inputValue(), server.url);
      assert.equal(await widget.getByLabel('Email').inputValue(), '');
      assert.equal(await message(widget).textContent(), '');
      await widget.getByLabel('Email').fill('iago@zulip.com');
      await widget.getByLabel('Password').fill('abcd1234');
      await widget.getByLabel('Password').press('Enter');
      await waitForState(tab, 'success');
      assert.equal((await tab.evaluate(() => window.logins))[0].email, 'iago@zulip.com');
      assert.deepEqual(errors, []);
    });

    test('checking: says so, with a cancel button that brings the form back', async () => {
      const held = gate();
      hook.intercept = (request) => (request.path === '/api/v1/users/me' && request.method === 'GET' ? held.opened : undefined);
      const widget = await useSavedKey(hamlet());
      await waitForState(tab, 'checking');
      assert.equal(await message(widget).textContent(), 'Checking your saved login\u2026');
      assert.equal(await widget.getByLabel('Password').isVisible(), false);
      await screenshot(widget, 'checking');
      await widget.getByRole('button', { name: 'Cancel' }).click();
      assert.deepEqual(await outcome(), { code: 'ABORTED' });
      await waitForState(tab, 'ready');
      assert.equal(await widget.getByLabel('Email').inputValue(), 'hamlet@zulip.com');
      assert.equal(await widget.getByLabel('Password').isVisible(), true);
      held.open(undefined);
      assert.deepEqual(await tab.evaluate(() => window.verified), []);
    });

    // A key the server refuses, or one that cannot be a key: the form, the email filled in.
    const REFUSED = [
      { what: 'a regenerated key', name: 'INVALID_API_KEY', saved: () => ({ ...hamlet(), apiKey: 'A'.repeat(32) }), text: /^Your saved login no longer works\. Log in again\.$/ },
      // Zulip's Basic auth refuses a deactivated account's key as INVALID_API_KEY.
      { what: 'a deactivated account', name: 'INVALID_API_KEY', saved: () => ({ realm: server.url, email: 'former@zulip.com', apiKey: normalizeUser({ email: 'former@zulip.com' }).apiKey }), text: /^Your saved login no longer works\. Log in again\.$/ },
      { what: 'a server that names the deactivation', name: 'USER_DEACTIVATED', saved: hamlet, text: /^Your saved login no longer works\. Log in again\. Your account has been deactivated/,
        reply: { status: 401, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ result: 'error', code: 'USER_DEACTIVATED', msg: 'Account is deactivated' }) } },
      { what: 'a key that cannot be one', name: 'INVALID_ARGUMENT', saved: () => ({ ...hamlet(), apiKey: 'not a key!' }), text: /^Your saved login no longer works\. Log in again\. .*letters and digits/ },
    ];
    for (const c of REFUSED) {
      test(`${c.what} (${c.name}): the form again, saying the saved login no longer works`, async () => {
        if (c.reply) hook.intercept = (request) => (request.path === '/api/v1/users/me' && request.method === 'GET' ? c.reply : undefined);
        const saved = c.saved();
        const widget = await useSavedKey(saved);
        const result = await outcome();
        assert.equal(result.code, c.name);
        assert.match(await message(widget).textContent(), c.text);
        assert.equal(await widget.locator('#message').getAttribute('data-kind'), 'error');
        await waitForState(tab, 'ready');
        assert.equal(await widget.getByLabel('Email').inputValue(), saved.email);
        assert.equal(await widget.getByLabel('Password').isVisible(), true);
        assert.equal(await focusedField(tab), 'password');
        assert.deepEqual(await tab.evaluate(() => window.verified), []);
        assert.ok(!(await everythingShown()).includes(saved.apiKey));
        if (c.name === 'INVALID_API_KEY') await screenshot(widget, 'saved-key-refused');
      });
    }

    test('a network failure: says the saved login could not be checked, and a retry works', async () => {
      let failures = 1;
      hook.intercept = (request) => (request.path === '/api/v1/users/me' && request.method === 'GET' && failures-- > 0
        ? { status: 502, body: 'Bad gateway' } : undefined);
      const saved = hamlet();
      const widget = await useSavedKey(saved);
      assert.deepEqual(await outcome(), { code: 'SERVER_ERROR' });
      await waitForState(tab, 'check-failed');
      assert.match(await message(widget).textContent(), /^Your saved login could not be checked\. The server had an internal error \(HTTP 502\)/);
      assert.equal(await widget.getByLabel('Password').isVisible(), false);
      assert.equal(await widget.getByRole('button', { name: 'Log in as someone else' }).isVisible(), true);
      assert.ok(!(await everythingShown()).includes(saved.apiKey));
      await widget.getByRole('button', { name: 'Try again' }).click();
      await waitForState(tab, 'logged-in');
      assert.equal(await focusedField(tab), 'switch');
      assert.equal((await tab.evaluate(() => window.verified)).length, 1);
      assert.ok(!(await everythingShown()).includes(saved.apiKey));
    });

    test('an unreachable server: NETWORK_ERROR, said as such, with a retry', async () => {
      const widget = await useSavedKey({ ...hamlet(), realm: 'http://127.0.0.1:9' });
      assert.deepEqual(await outcome(), { code: 'NETWORK_ERROR' });
      await waitForState(tab, 'check-failed');
      assert.match(await message(widget).textContent(), /^Your saved login could not be checked\. Could not reach the server/);
      assert.equal(await widget.getByRole('button', { name: 'Try again' }).isVisible(), true);
      await screenshot(widget, 'check-failed');
    });

    test('timeout-ms bounds the check too', async () => {
      const held = gate();
      hook.intercept = (request) => (request.path === '/api/v1/users/me' && request.method === 'GET' ? held.opened : undefined);
      const widget = await useSavedKey(hamlet(), { 'timeout-ms': '500' });
      assert.deepEqual(await outcome(), { code: 'TIMEOUT' });
      held.open(undefined);
      assert.match(await message(widget).textContent(), /did not answer within 500 milliseconds/);
    });

    test('takes over from a password login in flight, and from a rate limit\'s countdown', async () => {
      const { widget, held } = await busyWidget();
      const check = gate();
      const holdLogin = hook.intercept;
      hook.intercept = (request) => (request.path === '/api/v1/users/me' && request.method === 'GET' ? check.opened : holdLogin(request));
      await tab.evaluate((saved) => { document.querySelector('zulip-login').loginWithSavedKey(saved).catch(() => {}); }, hamlet());
      await waitForState(tab, 'checking');
      await tab.waitForTimeout(200); // the aborted login's rejection has come and gone
      assert.equal(await widget.evaluate((el) => el.state), 'checking');
      assert.equal(await message(widget).textContent(), 'Checking your saved login\u2026');
      await widget.getByRole('button', { name: 'Cancel' }).click(); // still this check's to cancel
      await waitForState(tab, 'ready');
      assert.equal(await widget.getByLabel('Password').getAttribute('readonly'), null);
      held.open(undefined);
      check.open(undefined);
      hook.intercept = undefined;
      await tab.evaluate((saved) => document.querySelector('zulip-login').loginWithSavedKey(saved), hamlet());
      await waitForState(tab, 'logged-in');

      hook.intercept = (request) => (request.path === '/api/v1/fetch_api_key'
        ? { status: 429, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ result: 'error', code: 'RATE_LIMIT_HIT', msg: 'API usage exceeded rate limit', 'retry-after': 60 }) }
        : undefined);
      await widget.getByRole('button', { name: 'Log in as someone else' }).click();
      await waitForState(tab, 'ready');
      await logIn(widget, 'iago@zulip.com', 'abcd1234');
      await widget.locator('#message').getByText(/Too many login attempts/).waitFor();
      await tab.evaluate((saved) => document.querySelector('zulip-login').loginWithSavedKey(saved), hamlet());
      await waitForState(tab, 'logged-in');
      await tab.waitForTimeout(1500); // a countdown would have ticked
      assert.equal(await message(widget).textContent(), 'Logged in as hamlet (hamlet@zulip.com).');
      assert.equal(await message(widget).getAttribute('aria-live'), 'polite');
      assert.deepEqual(await tab.evaluate(() => window.logins), []);
      assert.deepEqual(errors, []);
    });

    test('the words follow the language: German', async () => {
      const held = gate(); // answered once the German words are in
      hook.intercept = (request) => (request.path === '/api/v1/users/me' && request.method === 'GET' ? held.opened : undefined);
      const widget = await useSavedKey(hamlet(), { lang: 'de' });
      await widget.getByRole('button', { name: 'Abbrechen' }).waitFor();
      held.open(undefined);
      await waitForState(tab, 'logged-in');
      await widget.getByRole('button', { name: 'Als andere Person anmelden' }).waitFor();
      assert.equal(await message(widget).textContent(), 'Angemeldet als hamlet (hamlet@zulip.com).');
    });
  });
});
