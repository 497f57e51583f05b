// Django's EmailValidator, which Zulip's validate_login_email applies to usernames without LDAP.
import { domainToASCII } from 'node:url';
import { isIP } from 'node:net';

// The regular expressions of django.core.validators.EmailValidator (case-insensitive).
const USER_RE = new RegExp(
  "^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*$" +
  '|^"([\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f!#-\\[\\]-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7f])*"$',
  'i',
);
const DOMAIN_RE = /^((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+)(?:[A-Z0-9-]{1,62}[A-Z0-9])$/i;
const LITERAL_RE = /^\[([A-F0-9:.]+)\]$/i;

function validDomainPart(domain) {
  if (DOMAIN_RE.test(domain)) return true;
  const literal = LITERAL_RE.exec(domain);
  return literal !== null && isIP(literal[1]) !== 0;
}

/**
 * Whether Django would accept `value` as an email address.
 * @param {string} value
 * @returns {boolean}
 */
export function isValidEmail(value) {
  if (!value || !value.includes('@') || value.length > 320) return false;
  const at = value.lastIndexOf('@');
  const user = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!USER_RE.test(user)) return false;
  if (domain === 'localhost' || validDomainPart(domain)) return true;
  // Django retries an internationalized domain in its IDNA (punycode) form.
  if (/^[\x00-\x7f]*$/.test(domain)) return false;
  const ascii = domainToASCII(domain);
  return ascii !== '' && validDomainPart(ascii);
}
