#pragma once

#include <emscripten/val.h>

namespace zfak::js {

// getServerSettings({ realm, allowInsecureHttp }, transport)
//   -> Promise<{ ok: true, value: ServerSettings } | { ok: false, error }>; never rejects.
emscripten::val get_server_settings(emscripten::val options, emscripten::val transport);

// The continuation of get_server_settings, exported as _finishGetServerSettings.
emscripten::val finish_get_server_settings(emscripten::val context, emscripten::val outcome);

}  // namespace zfak::js
