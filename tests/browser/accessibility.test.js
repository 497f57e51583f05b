// <zulip-login> for keyboard and screen-reader users: every input has an accessible name, the
// live region exists, the tab order follows the form, errors are tied to their field.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startDevServer } from '../../devserver/server.js';
import { launchChromium, openPage } from './helpers/chromium.js';
import { showWidget, startWidgetSite, waitForState } from './helpers/widget_page.js';

describe('<zulip-login> accessibility', () => {
  let browser, server, site;
  before(async () => {
    [browser, server, site] = await Promise.all([launchChromium(), startDevServer({ cors: true }), startWidgetSite()]);
  });
  after(() => Promise.all([browser?.close(), server?.close(), site?.close()]));

  /** Runs `check` on a fresh page with a widget that has looked its server up. */
  async function withReadyWidget(check) {
    const { page, close } = await openPage(browser);
    try {
      const widget = await showWidget(page, site.url, { realm: server.url });
      await waitForState(page, 'ready');
      await check(page, widget);
    } finally {
      await close();
    }
  }

  test('the accessibility tree: a named form, named textboxes and buttons', () => withReadyWidget(async (page, widget) => {
    const tree = await widget.ariaSnapshot();
    for (const line of ['form "Log in to Zulip"', 'textbox "Server URL"', 'textbox "Email"', 'textbox "Password"', 'button "Log in"']) {
      assert.ok(tree.includes(line), `${line} in\n${tree}`);
    }
    // Every input, whatever its type, has an accessible name.
    const unnamed = await page.evaluate(() => [...document.querySelector('zulip-login').shadowRoot.querySelectorAll('input')]
      .filter((input) => !input.labels?.length && !input.getAttribute('aria-label')).map((input) => input.id));
    assert.deepEqual(unnamed, []);
    const live = widget.locator('[aria-live]');
    assert.equal(await live.count(), 1);
    assert.equal(await live.getAttribute('role'), 'status');
  }));

  test('Tab goes server URL -> username -> password -> Log in; Enter submits', () => withReadyWidget(async (page) => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    const order = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.querySelector('zulip-login').shadowRoot.activeElement?.id));
    }
    assert.deepEqual(order, ['realm', 'username', 'password', 'submit']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('abcd1234');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('iago@zulip.com');
    await page.keyboard.press('Enter');
    await waitForState(page, 'success');
  }));

  test('an error is announced in the live region and the field it is about is marked invalid', () => withReadyWidget(async (page, widget) => {
    await widget.getByLabel('Email').fill('hamlet@zulip.com');
    await widget.getByLabel('Password').fill('wrong');
    await widget.getByLabel('Password').press('Enter');
    await waitForState(page, 'error');
    assert.match(await widget.getByRole('status').textContent(), /incorrect/);
    assert.equal(await widget.getByLabel('Password').getAttribute('aria-invalid'), 'true');
    await widget.getByLabel('Password').fill('x');
    assert.equal(await widget.getByLabel('Password').getAttribute('aria-invalid'), null, 'cleared once edited');
  }));
});
