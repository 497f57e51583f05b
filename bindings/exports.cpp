// The module's exports. Every function answers { ok, value | error } (or a promise of it):
// failures are values, so nothing is ever thrown across the boundary.
#include <emscripten/bind.h>

#include <string>

#include "dev_fetch_api_key.hpp"
#include "fetch_api_key.hpp"
#include "get_server_settings.hpp"
#include "js_values.hpp"
#include "login_chain.hpp"
#include "realm_url.hpp"
#include "response.hpp"

using emscripten::val;

namespace {

val normalize_realm_url_js(std::string input, bool allow_insecure_http) {
  zfak::Result<std::string> url = zfak::normalize_realm_url(input, allow_insecure_http);
  if (!url.ok()) return zfak::js::failure(url.error());
  return zfak::js::success(val(url.value()));
}

}  // namespace

EMSCRIPTEN_BINDINGS(zulip_fetch_api_key) {
  emscripten::function("normalizeRealmUrl", &normalize_realm_url_js);
  emscripten::function("fetchApiKey", &zfak::js::fetch_api_key);
  emscripten::function("_finishFetchApiKey", &zfak::js::finish_fetch_api_key);
  emscripten::function("devFetchApiKey", &zfak::js::dev_fetch_api_key);
  emscripten::function("_finishDevFetchApiKey", &zfak::js::finish_dev_fetch_api_key);
  emscripten::function("getServerSettings", &zfak::js::get_server_settings);
  emscripten::function("_finishGetServerSettings", &zfak::js::finish_get_server_settings);
  emscripten::function("login", &zfak::js::login);
  emscripten::function("_continueLogin", &zfak::js::continue_login);
  emscripten::function("_finishLogin", &zfak::js::finish_login);
  emscripten::constant("maxResponseBytes", static_cast<double>(zfak::kMaxResponseBytes));
}
