// login: server_settings, the core's decisions, then fetch_api_key, as one promise chain.
#pragma once

#include <emscripten/val.h>

namespace zfak::js {

// login({ realm, username, passwordLength, password: () => Uint8Array, allowInsecureHttp },
//       transport) -> Promise<{ ok: true, value: ApiKey & { serverSettings } } | { ok: false, error }>;
// never rejects. `password` is called at most once, only when the second request is built, so
// that the password's bytes are not in the wasm heap while the first request is in flight; the
// array it returns is zeroed right after it has been copied.
emscripten::val login(emscripten::val options, emscripten::val transport);

// The step after server_settings, exported as _continueLogin.
emscripten::val continue_login(emscripten::val context, emscripten::val outcome);

// The step after fetch_api_key, exported as _finishLogin.
emscripten::val finish_login(emscripten::val context, emscripten::val outcome);

}  // namespace zfak::js
