// <zulip-login>: a login form for Zulip, in a shadow root. `import 'zulip-fetch-api-key/widget'`
// defines it; on success it fires a `zulip-login` event whose detail is
// { apiKey, email, userId, realm }. The password lives only in its <input> and in the local
// variable of one login call: never in an attribute, a property or storage. A page that saved a
// key hands it to loginWithSavedKey(), which shows "Logged in as …" once the server confirms it;
// that key stays in a private field until then, and in no attribute, text or event. It speaks the
// language of its `lang` (or its document's), and checks nothing itself: empty fields, URLs and
// whether the organization takes a password are the core's to decide, as for every caller.
import { getServerSettings, login, normalizeRealmUrl, ready, verifyApiKey } from '../entries/browser.js';
import { ERROR_INFO, displayText, fillTemplate } from '../words/format.js';
import { MAX_TIMEOUT_MS } from '../core/options.js';
import { errorDisplayFor, loadMessages, otherMethodsSentence, savedKeyRefused, waitSentence, WIDGET_ENGLISH } from './messages.js';
import { WIDGET_CSS } from './styles.js';

/** @typedef {import('./messages.js').ErrorDisplay} ErrorDisplay */
/**
 * @typedef {'idle' | 'looking-up' | 'ready' | 'password-off' | 'busy' | 'error' | 'success'
 *   | 'checking' | 'logged-in' | 'check-failed'} WidgetState
 * @typedef {{ realm: string | URL, email: string, apiKey: string }} SavedKey
 */

// Long enough not to look up every half-typed name, short enough to feel immediate.
const LOOKUP_DELAY_MS = 350;

const TEMPLATE = `
<form part="form" novalidate aria-labelledby="title">
  <p class="title" part="title" id="title"></p>
  <div class="field" part="field">
    <label for="realm" part="label" id="realm-label"></label>
    <input id="realm" part="input" name="url" type="text" inputmode="url" autocomplete="url"
      autocapitalize="none" spellcheck="false" placeholder="chat.example.com"
      aria-describedby="realm-hint">
    <p class="hint" part="hint" id="realm-hint"></p>
  </div>
  <div class="field" part="field">
    <label for="username" part="label" id="username-label"></label>
    <input id="username" part="input" name="username" type="text" autocomplete="username"
      autocapitalize="none" spellcheck="false">
  </div>
  <div class="field" part="field">
    <label for="password" part="label" id="password-label"></label>
    <input id="password" part="input" name="password" type="password" autocomplete="current-password">
  </div>
  <p class="message" part="message" id="message" role="status" aria-live="polite"></p>
  <div class="actions" part="actions">
    <button type="submit" part="submit" id="submit"><span class="spinner" aria-hidden="true"></span><span id="submit-label"></span></button>
    <button type="button" part="cancel" id="cancel" hidden></button>
    <button type="button" part="retry" id="retry" hidden></button>
    <button type="button" part="switch" id="switch" hidden></button>
  </div>
</form>`;

/** @type {CSSStyleSheet | undefined} */
let sharedSheet;

/**
 * The timeout-ms attribute as a timeoutMs option: whole milliseconds, 1 to MAX_TIMEOUT_MS.
 * Anything else is undefined, so that a mistyped attribute leaves the default in place rather
 * than make every login fail with INVALID_ARGUMENT.
 * @param {string | null} value
 */
function timeoutMs(value) {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return undefined;
  const ms = Number(value);
  return ms > 0 && ms <= MAX_TIMEOUT_MS ? ms : undefined;
}

// Importing the widget where there is no DOM (Node, SSR, Workers) must not throw: the class then
// extends an empty class, and is never defined as an element.
const ElementBase = globalThis.HTMLElement ?? /** @type {typeof HTMLElement} */ (/** @type {unknown} */ (class {}));

/** The `<zulip-login>` element. */
export class ZulipLoginElement extends ElementBase {
  static observedAttributes = ['realm', 'username', 'lang'];

  /** @type {Record<'form' | 'title' | 'realmLabel' | 'realm' | 'hint' | 'usernameLabel' | 'username' | 'passwordLabel' | 'password' | 'message' | 'submit' | 'submitLabel' | 'cancel' | 'retry' | 'switch', any>} */
  #ui;
  /** @type {import('./messages.js').Messages} the words of the language in use */
  #words = WIDGET_ENGLISH;
  /** @type {Record<string, string>} the page's own words, over the language's */
  #pageWords = {};
  /** The language tag the words were loaded for ('' before the first load). */
  #language = '';
  /** @type {WidgetState} */
  #state = 'idle';
  /** @type {any} the last server_settings of the server in the URL field, or null */
  #settings = null;
  /** @type {AbortController | null} */
  #lookup = null;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #lookupTimer;
  /** @type {AbortController | null} */
  #login = null;
  /** @type {ReturnType<typeof setInterval> | undefined} */
  #countdown;
  #realmEdited = false;
  /** @type {SavedKey | null} the saved key being checked, or kept for a retry */
  #saved = null;
  /** Whether the form's fields show (false while a saved key is checked or shown). */
  #formShown = true;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open', delegatesFocus: true });
    root.innerHTML = TEMPLATE;
    // A constructed sheet is shared by every instance and is not subject to a page's style-src;
    // where there is none (jsdom), a <style> element.
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      if (!sharedSheet) {
        sharedSheet = new CSSStyleSheet();
        sharedSheet.replaceSync(WIDGET_CSS);
      }
      root.adoptedStyleSheets = [sharedSheet];
    } else {
      root.prepend(Object.assign(document.createElement('style'), { textContent: WIDGET_CSS }));
    }
    const $ = (/** @type {string} */ id) => /** @type {any} */ (root.getElementById(id));
    this.#ui = {
      form: root.querySelector('form'), title: $('title'), realmLabel: $('realm-label'), realm: $('realm'),
      hint: $('realm-hint'), usernameLabel: $('username-label'), username: $('username'),
      passwordLabel: $('password-label'), password: $('password'), message: $('message'), submit: $('submit'),
      submitLabel: $('submit-label'), cancel: $('cancel'), retry: $('retry'), switch: $('switch'),
    };
    this.#showLabels();
    this.#ui.form.addEventListener('submit', (/** @type {Event} */ e) => { e.preventDefault(); this.#submit(); });
    this.#ui.form.addEventListener('keydown', (/** @type {KeyboardEvent} */ e) => {
      if (e.key === 'Escape' && this.#login) { e.preventDefault(); this.cancel(); }
    });
    this.#ui.realm.addEventListener('input', () => {
      this.#realmEdited = true;
      this.#scheduleLookup(LOOKUP_DELAY_MS);
    });
    for (const field of [this.#ui.realm, this.#ui.username, this.#ui.password]) {
      field.addEventListener('input', () => field.removeAttribute('aria-invalid'));
    }
    this.#ui.cancel.addEventListener('click', () => this.cancel());
    this.#ui.retry.addEventListener('click', () => this.#checkSavedKey().catch(() => {}));
    this.#ui.switch.addEventListener('click', () => {
      this.#saved = null;
      this.#backToForm('');
      this.#say('', 'info');
      this.#ui.username.focus();
    });
  }

  connectedCallback() {
    ready().catch(() => {}); // the .wasm loads while the person types; a failure shows on use
    this.#setState(this.#state);
    this.#chooseLanguage();
    if (this.#formShown && this.#ui.realm.value.trim() !== '' && !this.#settings) this.#scheduleLookup(0);
  }

  disconnectedCallback() {
    this.#cancelLookup();
    this.#login?.abort();
    this.#stopCountdown();
  }

  /**
   * @param {string} name
   * @param {string | null} _old
   * @param {string | null} value
   */
  attributeChangedCallback(name, _old, value) {
    if (name === 'lang') {
      if (this.isConnected) this.#chooseLanguage();
    } else if (name === 'username') {
      if (this.#ui.username.value === '') this.#ui.username.value = value ?? '';
    } else if (!this.#realmEdited) {
      this.#ui.realm.value = value ?? '';
      if (this.isConnected) this.#scheduleLookup(0);
    }
  }

  /** What the form is doing: idle, looking-up, ready, password-off, busy, error or success. */
  get state() { return this.#state; }

  /**
   * The page's own words over the language's: a messages map (keys 'widget.*' for the labels,
   * error codes for the errors; see the README). Texts already shown change with the next one.
   */
  get messages() { return this.#pageWords; }

  set messages(words) {
    this.#pageWords = words && typeof words === 'object' ? { ...words } : {};
    this.#showLabels();
  }

  /** The words in use: the language's, then the page's over them. */
  get #messages() { return { ...this.#words, ...this.#pageWords }; }

  /** Loads the words of the element's language (its lang, else its document's), once per change. */
  #chooseLanguage() {
    const tag = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    if (tag === this.#language) return;
    this.#language = tag;
    loadMessages(tag).then((words) => {
      if (this.#language !== tag) return; // changed again meanwhile
      this.#words = words;
      this.#showLabels();
    }, () => {}); // a language that cannot load leaves the words as they are
  }

  /** The labels, in the words in use. */
  #showLabels() {
    const m = this.#messages;
    this.#ui.title.textContent = fillTemplate(m, 'widget.title');
    this.#ui.realmLabel.textContent = fillTemplate(m, 'widget.realm');
    const byEmail = this.#settings?.requireEmailFormatUsernames !== false;
    this.#ui.usernameLabel.textContent = fillTemplate(m, byEmail ? 'widget.email' : 'widget.username');
    this.#ui.passwordLabel.textContent = fillTemplate(m, 'widget.password');
    this.#ui.submitLabel.textContent = fillTemplate(m, this.#login ? 'widget.submitting' : 'widget.submit');
    this.#ui.cancel.textContent = fillTemplate(m, 'widget.cancel');
    this.#ui.retry.textContent = fillTemplate(m, 'widget.retry');
    this.#ui.switch.textContent = fillTemplate(m, 'widget.switchAccount');
  }

  /** Cancels the login or saved-key check in progress (its promise settles as ABORTED). */
  cancel() {
    this.#login?.abort();
  }

  get #options() {
    return {
      allowInsecureHttp: this.hasAttribute('allow-insecure-http'),
      timeoutMs: timeoutMs(this.getAttribute('timeout-ms')),
    };
  }

  /** @param {WidgetState} state */
  #setState(state) {
    this.#state = state;
    this.dataset.state = state;
  }

  /**
   * @param {string} text
   * @param {'info' | 'error' | 'success'} kind
   */
  #say(text, kind) {
    this.#ui.message.textContent = text;
    this.#ui.message.dataset.kind = kind;
  }

  /**
   * @param {string} text
   * @param {'info' | 'error'} [kind]
   */
  #hint(text, kind = 'info') {
    this.#ui.hint.textContent = text;
    this.#ui.hint.dataset.kind = kind;
  }

  #cancelLookup() {
    clearTimeout(this.#lookupTimer);
    this.#lookup?.abort();
    this.#lookup = null;
  }

  /** Normalizes the URL as typed, then looks the server up once typing pauses. */
  #scheduleLookup(/** @type {number} */ delay) {
    this.#cancelLookup();
    if (!this.#formShown) return; // looked up when the form shows again
    this.#showSettings(null);
    const text = this.#ui.realm.value;
    if (text.trim() === '') {
      this.#hint('');
      return;
    }
    let url;
    try {
      url = normalizeRealmUrl(text, { ...this.#options, messages: this.#messages });
    } catch (error) {
      if (/** @type {any} */ (error).code === 'NOT_READY') {
        ready().then(() => this.#scheduleLookup(delay), (failure) => this.#hint(errorDisplayFor(failure, null, this.#messages).text, 'error'));
        return;
      }
      this.#hint(errorDisplayFor(error, null, this.#messages).text, 'error');
      return;
    }
    this.#hint(url);
    this.#lookupTimer = setTimeout(() => this.#lookUp(url), delay);
  }

  async #lookUp(/** @type {string} */ url) {
    const controller = new AbortController();
    this.#lookup = controller;
    this.#setState('looking-up');
    this.#hint(fillTemplate(this.#messages, 'widget.lookingUp', { url }));
    try {
      const settings = await getServerSettings({ realm: url, signal: controller.signal, ...this.#options });
      if (!controller.signal.aborted) this.#showSettings(settings, url);
    } catch (error) {
      if (controller.signal.aborted) return;
      // No focus move: the person may still be typing. The message says what went wrong.
      this.#hint(errorDisplayFor(error, null, this.#messages).text, 'error');
      this.#setState('idle');
    } finally {
      if (this.#lookup === controller) this.#lookup = null;
    }
  }

  /**
   * Labels the form for a server's settings, or resets it (settings null).
   * @param {any} settings
   * @param {string} [url]
   */
  #showSettings(settings, url) {
    const wasOff = this.#state === 'password-off';
    this.#settings = settings;
    const byEmail = settings?.requireEmailFormatUsernames !== false;
    this.#showLabels();
    this.#ui.username.inputMode = byEmail ? 'email' : 'text';
    // The core's decision (the rule login() applies), as getServerSettings reports it.
    const off = settings !== null && settings.passwordLoginAllowed === false;
    for (const control of [this.#ui.username, this.#ui.password, this.#ui.submit]) control.disabled = off;
    if (settings === null) {
      if (this.#state !== 'busy') this.#setState('idle');
      if (wasOff) this.#say('', 'info');
      return;
    }
    // Server text, made safe to show: a name that reorders or hides what follows is not.
    this.#hint(settings.realmName ? `${displayText(settings.realmName)} \u00B7 ${settings.realmUrl || url}` : String(url));
    if (off) {
      this.#setState('password-off');
      this.#say([fillTemplate(this.#messages, 'widget.passwordOff'), otherMethodsSentence(settings, this.#messages)]
        .filter(Boolean).join(' '), 'info');
    } else {
      this.#setState('ready');
      if (wasOff) this.#say('', 'info');
    }
  }

  /** @param {boolean} busy */
  #setBusy(busy) {
    for (const field of [this.#ui.realm, this.#ui.username, this.#ui.password]) field.readOnly = busy;
    this.#ui.form.setAttribute('aria-busy', String(busy));
    this.#ui.submit.setAttribute('aria-disabled', String(busy));
    this.#ui.submitLabel.textContent = fillTemplate(this.#messages, busy ? 'widget.submitting' : 'widget.submit');
    this.#ui.cancel.hidden = !busy;
  }

  async #submit() {
    if (this.#login || !this.#formShown || this.#countdown !== undefined || this.#state === 'password-off') return;
    this.#cancelLookup();
    const controller = new AbortController();
    this.#login = controller;
    this.#setState('busy');
    this.#setBusy(true);
    this.#say(fillTemplate(this.#messages, 'widget.submitting'), 'info');
    try {
      // An empty field is refused by login() before anything is sent, in the same words as
      // for every caller.
      const result = await login({
        realm: this.#ui.realm.value,
        username: this.#ui.username.value,
        password: this.#ui.password.value,
        signal: controller.signal,
        ...this.#options,
      });
      this.#ui.password.value = '';
      this.#setBusy(false);
      this.#setState('success');
      this.#say(fillTemplate(this.#messages, 'widget.success', { email: displayText(result.email) }), 'success');
      const { apiKey, email, userId, realm } = result;
      this.dispatchEvent(new CustomEvent('zulip-login', {
        bubbles: true, composed: true, detail: { apiKey, email, userId, realm },
      }));
    } catch (error) {
      if (this.#login !== controller) return; // a saved key's check took over, and says its own
      this.#setBusy(false);
      const display = errorDisplayFor(error, this.#settings, this.#messages);
      if (display.focus === 'password') this.#ui.password.value = '';
      this.#showError(display);
    } finally {
      if (this.#login === controller) this.#login = null;
    }
  }

  /**
   * Shows who a saved key belongs to, without asking for the password: the server is asked
   * (verifyApiKey, bounded by timeout-ms, ended by cancel()), then the element shows "Logged in
   * as {name} ({email})" with a button to log in as someone else, and fires
   * `zulip-login-verified` with { email, userId, realm, fullName } (never the key: the page has it).
   * A key the server refuses (or that cannot be one) brings the form back, the email filled in,
   * saying the saved login no longer works; a failure to reach the server says so and offers a
   * retry. The key is kept in a private field only until then, never in an attribute or the DOM.
   * @param {SavedKey} saved
   * @returns {Promise<import('./index.js').OwnUser>} whose key it is; rejects with the
   *   ZulipError (INVALID_API_KEY, NETWORK_ERROR, ABORTED, ...) when the element is not showing it
   */
  loginWithSavedKey(saved) {
    const { realm, email, apiKey } = saved ?? /** @type {any} */ ({});
    this.#saved = { realm, email, apiKey };
    // The form behind it is this server's: "Log in as someone else" shows it filled in.
    this.#ui.realm.value = typeof realm === 'string' || realm instanceof URL ? String(realm) : '';
    this.#settings = null;
    return this.#checkSavedKey();
  }

  async #checkSavedKey() {
    const saved = /** @type {SavedKey} */ (this.#saved);
    const hadFocus = this.matches(':focus-within');
    this.#login?.abort();
    this.#setBusy(false); // a password login it took over from leaves the fields as they were
    this.#stopCountdown(); // the wait was for the password login; it would write over this
    const controller = new AbortController();
    this.#login = controller;
    this.#showForm(false);
    this.#setState('checking');
    this.#ui.cancel.hidden = false;
    this.#say(fillTemplate(this.#messages, 'widget.checkingSaved'), 'info');
    if (hadFocus) this.#ui.cancel.focus();
    try {
      const user = await verifyApiKey({ ...saved, signal: controller.signal, ...this.#options });
      this.#saved = null;
      // The email the key was saved with, as a password login's event has the one it logged in with.
      const detail = {
        email: saved.email, userId: user.userId, fullName: user.fullName,
        realm: normalizeRealmUrl(saved.realm, this.#options),
      };
      this.#ui.cancel.hidden = true;
      this.#ui.switch.hidden = false;
      this.#setState('logged-in');
      this.#say(fillTemplate(this.#messages, 'widget.loggedInAs',
        { name: displayText(user.fullName), email: displayText(saved.email) }), 'success');
      if (hadFocus) this.#ui.switch.focus();
      this.dispatchEvent(new CustomEvent('zulip-login-verified', { bubbles: true, composed: true, detail }));
      return user;
    } catch (error) {
      if (this.#login !== controller) throw error; // a newer check shows its own outcome
      const refusal = savedKeyRefused(error, this.#messages);
      const aborted = /** @type {any} */ (error)?.[ERROR_INFO]?.code === 'ABORTED';
      if (refusal !== null || aborted) {
        this.#saved = null;
        this.#backToForm(typeof saved.email === 'string' ? saved.email : '');
        this.#say(refusal ?? '', refusal === null ? 'info' : 'error');
        if (hadFocus || refusal !== null) this.#ui.password.focus();
      } else {
        this.#ui.cancel.hidden = true;
        this.#ui.retry.hidden = false;
        this.#ui.switch.hidden = false;
        this.#setState('check-failed');
        this.#say(`${fillTemplate(this.#messages, 'widget.savedNotChecked')} ${errorDisplayFor(error, null, this.#messages).text}`, 'error');
        if (hadFocus) this.#ui.retry.focus();
      }
      throw error;
    } finally {
      if (this.#login === controller) this.#login = null;
    }
  }

  /** Shows the form's fields and its submit button, or hides them for a saved key's buttons. */
  #showForm(/** @type {boolean} */ shown) {
    this.#formShown = shown;
    for (const control of [this.#ui.realm, this.#ui.username, this.#ui.password]) control.parentElement.hidden = !shown;
    this.#ui.submit.hidden = !shown;
    for (const button of [this.#ui.cancel, this.#ui.retry, this.#ui.switch]) button.hidden = true;
  }

  /**
   * The form again, after a saved key: its server and `username` filled in, then looked up as
   * if typed.
   * @param {string} username
   */
  #backToForm(username) {
    this.#showForm(true);
    this.#ui.username.value = username;
    this.#ui.password.value = '';
    this.#setState('idle');
    if (this.isConnected) this.#scheduleLookup(0);
  }

  /** Shows an error, marks the field to fix and moves the focus there. */
  #showError(/** @type {ErrorDisplay} */ display) {
    this.#setState('error');
    this.#say(display.text, 'error');
    const field = this.#ui[display.focus];
    if (display.focus !== 'submit') field.setAttribute('aria-invalid', 'true');
    if (display.waitSeconds) this.#startCountdown(display.waitSeconds);
    field.focus();
  }

  /**
   * RATE_LIMIT_HIT: the message counts the wait down, with the live region muted meanwhile so
   * that it speaks at the start and at the end, not every second. The button waits too.
   * @param {number} seconds
   */
  #startCountdown(seconds) {
    let left = seconds;
    this.#ui.submit.setAttribute('aria-disabled', 'true');
    this.#countdown = setInterval(() => {
      left -= 1;
      this.#ui.message.setAttribute('aria-live', left > 0 ? 'off' : 'polite');
      if (left > 0) return this.#say(waitSentence(left, this.#messages), 'error');
      this.#stopCountdown();
      this.#say(waitSentence(0, this.#messages), 'info');
    }, 1000);
  }

  /** Ends a rate limit's countdown, and the button's wait with it. */
  #stopCountdown() {
    clearInterval(this.#countdown);
    this.#countdown = undefined;
    this.#ui.message.setAttribute('aria-live', 'polite');
    this.#ui.submit.setAttribute('aria-disabled', 'false');
  }
}

if (globalThis.customElements && !customElements.get('zulip-login')) {
  customElements.define('zulip-login', ZulipLoginElement);
}
