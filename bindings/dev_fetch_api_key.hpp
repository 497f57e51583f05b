#pragma once

#include <emscripten/val.h>

#include <string>

namespace zfak::js {

// devFetchApiKey({ realm, username, allowInsecureHttp }, transport): as fetch_api_key, without a
// password, against the development server's dev_fetch_api_key.
emscripten::val dev_fetch_api_key(emscripten::val options, emscripten::val transport);

// The continuation of dev_fetch_api_key, exported as _finishDevFetchApiKey.
emscripten::val finish_dev_fetch_api_key(std::string realm, emscripten::val outcome);
}  // namespace zfak::js
