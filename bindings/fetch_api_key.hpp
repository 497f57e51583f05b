#pragma once

#include <emscripten/val.h>

#include <string>

namespace zfak::js {

// fetchApiKey({ realm, username, password: Uint8Array, allowInsecureHttp }, transport)
//   -> Promise<{ ok: true, value: ApiKey } | { ok: false, error }>; never rejects.
emscripten::val fetch_api_key(emscripten::val options, emscripten::val transport);

// The continuation of fetch_api_key, exported as _finishFetchApiKey.
emscripten::val finish_fetch_api_key(std::string realm, emscripten::val outcome);

}  // namespace zfak::js
