// The shipped languages (web/words/messages/*.js) against English: the same keys a person reads, the
// same placeholders, the technical tokens kept, nothing left in English by mistake, and each file
// reachable through the widget's loader.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ENGLISH } from '../../web/words/format.js';
import { loadMessages, WIDGET_ENGLISH } from '../../web/widget/messages.js';
import de from '../../web/words/messages/de.js';
import es from '../../web/words/messages/es.js';
import fr from '../../web/words/messages/fr.js';
import ja from '../../web/words/messages/ja.js';
import pt from '../../web/words/messages/pt.js';
import ru from '../../web/words/messages/ru.js';
import zhCN from '../../web/words/messages/zh-CN.js';

/** @typedef {Readonly<Record<string, string>>} Messages */

/** Each language by its locale tag, with a regional tag a page may carry. @type {[string, Messages, string][]} */
const LANGUAGES = [
  ['de', de, 'de-AT'], ['es', es, 'es-MX'], ['fr', fr, 'fr-CA'], ['ja', ja, 'ja-JP'], ['pt', pt, 'pt-BR'],
  ['ru', ru, 'ru-RU'], ['zh-CN', zhCN, 'zh-Hans-CN'],
];

// Words only a developer reads (a wrong call or a wrong deployment, not a wrong entry): they stay
// English everywhere.
const DEVELOPER_ONLY = [
  ...['options', 'realm', 'username-type', 'password-type', 'token-type', 'email-type', 'api-key-type',
    'includeProfile', 'path', 'signal', 'timeoutMs', 'allowInsecureHttp', 'fetch',
    'messages', 'zuliprc', 'wasm-source'].map((reason) => `INVALID_ARGUMENT.${reason}`),
  'WASM_LOAD_FAILED', 'WASM_LOAD_FAILED.given', 'NOT_READY',
];

const ALL_ENGLISH = /** @type {Messages} */ ({ ...ENGLISH, ...WIDGET_ENGLISH });
const PERSON_FACING = Object.keys(ALL_ENGLISH).filter((key) => !DEVELOPER_ONLY.includes(key));

// What stays as it is in every language: names, protocol words and examples.
const TECHNICAL_TOKENS = [
  'https://chat.example.com', 'https://', 'http://', 'HTTP {status}', 'CORS', 'Zulip', '\u201Cresult\u201D: \u201Csuccess\u201D',
  'user_id', '@', 'JSON', 'API', 'fetch', 'Response',
];

/**
 * The {placeholders} of a template, sorted, with repeats.
 * @param {string} template
 */
function placeholders(template) {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

/**
 * Whether an English template has words to translate once placeholders, addresses and
 * technical tokens are taken out (`quoted` has none: pt and zh-CN rightly use the English marks).
 * @param {string} template
 */
function hasWords(template) {
  let rest = template.replace(/\{\w+\}/g, '').replace(/https?:\/\/\S*/g, '');
  for (const token of TECHNICAL_TOKENS) rest = rest.replaceAll(token, '');
  return /\p{L}/u.test(rest);
}

test('the developer-only keys are English keys (the list is not stale)', () => {
  for (const key of DEVELOPER_ONLY) assert.ok(Object.hasOwn(ENGLISH, key), key);
  assert.ok(PERSON_FACING.includes('INVALID_ARGUMENT.username'));
  assert.ok(PERSON_FACING.includes('SERVER_REFUSED.bare'));
  assert.ok(PERSON_FACING.includes('widget.title'));
});

for (const [locale, messages, regional] of LANGUAGES) {
  describe(`${locale} words`, () => {
    test('its locale is its tag, a valid BCP 47 locale', () => {
      assert.equal(messages.locale, locale);
      assert.equal(new Intl.Locale(messages.locale).toString(), locale);
    });

    test('every key is one English has, and every value a string', () => {
      for (const [key, value] of Object.entries(messages)) {
        assert.ok(Object.hasOwn(ALL_ENGLISH, key), `${key} is no English key`);
        assert.equal(typeof value, 'string', key);
        assert.notEqual(value.trim(), '', key);
      }
      assert.ok(Object.isFrozen(messages));
    });

    test('every key a person reads is translated, the developer-only ones are left to English', () => {
      const missing = PERSON_FACING.filter((key) => !Object.hasOwn(messages, key));
      assert.deepEqual(missing, []);
      const developerOnly = DEVELOPER_ONLY.filter((key) => Object.hasOwn(messages, key));
      assert.deepEqual(developerOnly, []);
    });

    test('each template has the placeholders of the English one', () => {
      for (const key of Object.keys(messages)) {
        assert.deepEqual(placeholders(messages[key]), placeholders(ALL_ENGLISH[key]), key);
      }
    });

    test('technical tokens and examples are kept as they are', () => {
      for (const key of Object.keys(messages)) {
        for (const token of TECHNICAL_TOKENS) {
          if (ALL_ENGLISH[key].includes(token)) assert.ok(messages[key].includes(token), `${key} lost ${token}`);
        }
      }
    });

    test('nothing with words in it is left in English', () => {
      const untranslated = Object.keys(messages)
        .filter((key) => hasWords(ALL_ENGLISH[key]) && messages[key] === ALL_ENGLISH[key]);
      assert.deepEqual(untranslated, []);
    });

    test('quoted holds {text} exactly once, between marks', () => {
      assert.equal(messages.quoted.split('{text}').length, 2);
      assert.notEqual(messages.quoted, '{text}');
    });

    test('the widget loads it for the tag and for a regional variant', async () => {
      for (const tag of [locale, regional]) {
        const loaded = await loadMessages(tag);
        assert.equal(loaded.locale, locale, tag);
        assert.equal(loaded['widget.title'], messages['widget.title'], tag);
      }
    });
  });
}
