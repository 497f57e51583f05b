// The module's exports. Every function answers { ok, value | error } (or a promise of it):
// failures are values, so nothing is ever thrown across the boundary.
#include <emscripten/bind.h>
#include <emscripten/em_js.h>
#include <emscripten/em_macros.h>

#include <optional>
#include <string>
#include <string_view>

#include "dev_fetch_api_key.hpp"
#include "domain_to_ascii.hpp"
#include "fetch_api_key.hpp"
#include "get_server_settings.hpp"
#include "js_values.hpp"
#include "login_chain.hpp"
#include "realm_url.hpp"
#include "response.hpp"

using emscripten::val;

// WHATWG URL's "domain to ASCII", the one the platform's fetch uses: `host` (only characters a
// name may hold, see src/hostname.cpp) in ASCII into `out`, or -1 when URL refuses it (or it does
// not fit: a valid name is at most 253 bytes).
EM_JS(int, whatwg_domain_to_ascii, (const char* host, char* out, int size), {
  try {
    const name = new URL('http://' + UTF8ToString(host) + '/').hostname;
    if (name.length >= size || !/^[\x21-\x7e]+$/.test(name)) return -1;
    stringToUTF8(name, out, size);
    return name.length;
  } catch (e) {
    return -1;
  }
});

namespace {

std::optional<std::string> platform_domain_to_ascii(std::string_view host) {
  const std::string input(host);
  char out[256];
  const int length = whatwg_domain_to_ascii(input.c_str(), out, sizeof out);
  if (length < 0) return std::nullopt;
  return std::string(out, static_cast<std::size_t>(length));
}

val normalize_realm_url_js(std::string input, bool allow_insecure_http) {
  zfak::Result<std::string> url = zfak::normalize_realm_url(input, allow_insecure_http);
  if (!url.ok()) return zfak::js::failure(url.error());
  return zfak::js::success(val(url.value()));
}

}  // namespace

EMSCRIPTEN_BINDINGS(zulip_fetch_api_key) {
  zfak::set_domain_to_ascii(&platform_domain_to_ascii);
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
