// Conversions between core values and plain JS values. Only values cross the boundary: strings,
// numbers, Uint8Arrays and plain objects, never an embind handle.
#pragma once

#include <emscripten/val.h>

#include <string>

#include "api_key_result.hpp"
#include "error.hpp"
#include "request.hpp"
#include "server_settings.hpp"

namespace zfak::js {

// The bytes of a Uint8Array, copied straight into a string's buffer (no intermediate copy, so
// a password can be wiped completely).
std::string bytes_of(const emscripten::val& u8array);

// A Uint8Array that owns a copy of `bytes` (outside the wasm heap).
emscripten::val uint8array_of(const std::string& bytes);

// { method, url, headers: [[name, value], ...], body: Uint8Array }.
emscripten::val request_object(const HttpRequest& request);

// { code, message, httpStatus?, retryAfter?, varName?, serverMessage? }.
emscripten::val error_object(const Error& error);

// { apiKey, email, userId (number | null), realm, ignoredParametersUnsupported: string[] }.
emscripten::val api_key_object(const ApiKeyResult& result);

// The settings in camelCase (zulipVersion, zulipFeatureLevel, realmUrl, ...): a field the server
// left out is left out here too (zulipFeatureLevel, 0 when absent, is always there).
// externalAuthenticationMethods entries: { name, displayName, displayIcon (string | null),
// loginUrl, signupUrl }.
emscripten::val server_settings_object(const ServerSettings& settings);

// What every core operation answers: { ok: true, value } or { ok: false, error }.
emscripten::val success(emscripten::val value);
emscripten::val failure(const Error& error);

}  // namespace zfak::js
