// Writes the C++ header of the error codes from web/errors/codes.js, the one list of codes: the
// core's constants and its list of this library's own codes are derived at build time, never
// written by hand. Usage: node scripts/error_codes_header.js OUTPUT.hpp
import { writeFileSync } from 'node:fs';
import { LOCAL_CODES, SERVER_CODES } from '../web/errors/codes.js';

/** INVALID_REALM_URL -> kInvalidRealmUrl, after checking that the code is a code word. @param {string} code */
function constantName(code) {
  if (!/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(code)) throw new Error(`${code} is not a code word`);
  return `k${code.toLowerCase().replace(/(^|_)([a-z0-9])/g, (_match, _underscore, first) => first.toUpperCase())}`;
}

/** @param {string[]} codes */
const constants = (codes) => codes.map((code) => `inline constexpr std::string_view ${constantName(code)} = "${code}";\n`).join('');

const local = Object.keys(LOCAL_CODES);
const server = Object.keys(SERVER_CODES);
const header = `// Generated from web/errors/codes.js by scripts/error_codes_header.js: edit the table, not this.
#pragma once

#include <string_view>

namespace zfak::code {

// Codes of this library: what happened on this side, or what this side concluded about an
// answer. A server's code never takes one of these values.
${constants(local)}
inline constexpr std::string_view kLibraryCodes[] = {${local.map(constantName).join(', ')}};

// Zulip's own codes that the table has words for.
${constants(server)}
inline constexpr std::string_view kServerCodes[] = {${server.map(constantName).join(', ')}};

}  // namespace zfak::code
`;

writeFileSync(process.argv[2], header);
